// aleppomap's timeline map: the marker under the pointer, hover rings and popups.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var safeUrl = am.safeUrl;
  var distance = am.distance;
  var CELL = am.CELL;
  var dayLabel = am.dayLabel;
  var el = am.el;
  var shortDay = am.shortDay;

  // An element showing text from the data (a caption, a credit, a title, a name): dir="auto"
  // isolates it, so that the bidirectional controls it may hold (U+202A-202E, U+2066-2069)
  // cannot reorder the text around it.
  function isolated(tag, className, text) {
    var node = el(tag, className, text);
    node.dir = 'auto';
    return node;
  }

  // The marker under a layer point (topmost, nearest), or -1.
  Timeline.prototype._hit = function (layerPoint) {
    var b = this.canvas._bounds;
    if (!b || this.map._animatingZoom || this.gridLo !== this.lo || this.gridHi !== this.hi) {
      return -1;
    }
    var x = layerPoint.x - b.min.x;
    var y = layerPoint.y - b.min.y;
    var reach = 28;
    var best = -1;
    var bestD = Infinity;
    var c0 = Math.max(0, Math.floor((x - reach) / CELL) + 1);
    var c1 = Math.min(this.gridW - 1, Math.floor((x + reach) / CELL) + 1);
    var r0 = Math.max(0, Math.floor((y - reach) / CELL) + 1);
    var r1 = Math.min(this.gridH - 1, Math.floor((y + reach) / CELL) + 1);
    for (var row = r0; row <= r1; row++) {
      for (var col = c0; col <= c1; col++) {
        for (var i = this.head[row * this.gridW + col]; i >= 0; i = this.next[i]) {
          var dx = this.sx[i] - x;
          var dy = this.sy[i] - y;
          var d2 = dx * dx + dy * dy;
          var r = this._radius(i) + 3;
          if (d2 <= r * r && (d2 < bestD || (d2 === bestD && i > best))) {
            best = i;
            bestD = d2;
          }
        }
      }
    }
    return best;
  };

  Timeline.prototype._onHover = function (e) {
    var i = this._hit(e.layerPoint);
    this._setHover(i);
    if (i < 0) {
      this.map.getContainer().classList.toggle('am-pointer', !!this._edgeAt(e.containerPoint));
    }
  };

  Timeline.prototype._setHover = function (i) {
    if (i === this.hover) { return; }
    this.hover = i;
    var container = this.map.getContainer();
    if (this.circle) { this.circle.remove(); this.circle = null; }
    if (i < 0) {
      container.classList.remove('am-pointer');
      this.map.closeTooltip(this.tooltip);
      this.canvas.redraw();
      return;
    }
    container.classList.add('am-pointer');
    var p = this.mPlace[i];
    var places = this.data.places;
    var kind = this.data.kinds[this.pKind[p]];
    var latlng = L.latLng(places.y[p], places.x[p]);
    var box = el('div');
    box.appendChild(isolated('strong', null, places.name[p]));
    var unc = places.unc[p];
    var line = (kind || 'place') + (unc ? ' · within ' + distance(unc) : '');
    box.appendChild(el('div', 'am-tip-kind', line));
    var clustered = this._clustered(i);
    box.appendChild(el('div', 'am-tip-entry', clustered
      ? this.placeCount[this.pSpot[p]] + ' photos here: click for the list'
      : this._label(this.mEntry[i])));
    var off = this._offset(i);
    this.tooltip.options.offset = L.point(off[0], off[1] - this._radius(i) - 2);
    this.tooltip.setLatLng(latlng).setContent(box);
    this.map.openTooltip(this.tooltip);
    if (unc) { this.circle = uncertaintyCircle(latlng, unc).addTo(this.map); }
    this.canvas.redraw();
  };

  // Where the photo may have been taken: a thin dashed outline, never a fill (a fill would
  // read as territory), shown while the marker is hovered or its popup open.
  function uncertaintyCircle(latlng, radius) {
    return L.circle(latlng, {
      radius: radius, interactive: false, color: am.INK, weight: 1.5, opacity: 0.9,
      fill: false, dashArray: '5 4', className: 'am-uncertainty'
    });
  }

  Timeline.prototype._showSelectedCircle = function (i) {
    if (this.selCircle) { this.selCircle.remove(); this.selCircle = null; }
    if (i < 0) { return; }
    var p = this.mPlace[i];
    var unc = this.data.places.unc[p];
    if (unc) {
      this.selCircle = uncertaintyCircle(L.latLng(this.data.places.y[p], this.data.places.x[p]), unc)
        .addTo(this.map);
    }
  };

  // ------------------------------------------------------------------ popups

  // A popup's parts: a body that scrolls when it is taller than the room (its height is capped
  // by _fitPopup), and a footer of actions that never scrolls: its buttons stay in view.
  function popupBox(className) {
    var root = el('div', 'am-popup' + (className ? ' ' + className : ''));
    var body = el('div', 'am-popup-body');
    root.appendChild(body);
    return { root: root, body: body };
  }
  am.popupBox = popupBox;

  Timeline.prototype._popupContent = function (i) {
    var self = this;
    var d = this.data;
    var ent = d.entries;
    var k = this.mEntry[i];
    var here = this.mPlace[i];
    var box = popupBox(null);
    var root = box.root;
    var body = box.body;
    var title = el('h3', 'am-popup-title', 'Photo ' + ent.n[k]);
    body.appendChild(title);
    if (this.multi) {
      body.appendChild(isolated('p', 'am-popup-gallery', d.galleries[ent.gallery[k]].title ||
        d.galleries[ent.gallery[k]].id));
    }
    body.appendChild(el('p', 'am-popup-date', dateLine(ent.date[k], d.datePrecisions[ent.datePrecision[k]])));

    var list = el('ul', 'am-popup-places');
    var mentions = ent.places[k];
    for (var j = 0; j < mentions.length; j++) {
      var pi = mentions[j][0];
      var role = d.roles[mentions[j][2]];
      var li = el('li', pi === here ? 'am-here' : null);
      if (role === 'origin') { li.appendChild(el('span', 'am-role', 'from ')); }
      if (role === 'destination') { li.appendChild(el('span', 'am-role', 'to ')); }
      var about = d.places.name[pi];
      var matched = mentions[j][1];
      if (matched && matched.toLowerCase() !== about.toLowerCase()) {
        li.appendChild(isolated('q', null, matched));
        li.appendChild(document.createTextNode(' — '));
      }
      li.appendChild(isolated('span', 'am-place-name', about));
      var kind = d.kinds[d.places.kind[pi]];
      li.appendChild(document.createTextNode((kind ? ', ' + kind : '') +
        (d.places.unc[pi] ? ', within ' + distance(d.places.unc[pi]) : '')));
      if (pi === here) { li.setAttribute('aria-current', 'true'); }
      list.appendChild(li);
    }
    body.appendChild(list);

    var thumb = this._thumb(k, 'popup');
    if (thumb) { body.appendChild(thumb); }
    body.appendChild(this.textsReady ? captionNode(ent.caption[k], ent.spans[k])
      : el('p', 'am-popup-caption am-loading', am.LOADING_CAPTION));
    if (ent.credit[k]) { body.appendChild(isolated('p', 'am-popup-credit', ent.credit[k])); }
    var actions = el('div', 'am-popup-actions');
    var url = safeUrl(ent.url[k]);
    if (url) {
      var a = el('a', 'am-popup-source', 'Source');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      actions.appendChild(a);
    }
    var show = el('button', 'am-popup-show', 'Show in the list');
    show.type = 'button';
    show.addEventListener('click', function () { self._select(k, true, true); });
    actions.appendChild(show);
    root.appendChild(actions);
    return root;
  };

  function dateLine(iso, precision) {
    if (!iso) { return 'Date unknown'; }
    var label = dayLabel(iso);
    return precision === 'gallery' ? label + ' (the gallery’s date)' : label;
  }

  // The caption as text, the places it names marked.
  function captionNode(caption, spans) {
    var p = isolated('p', 'am-popup-caption');
    if (!caption) {
      p.appendChild(el('em', null, 'No caption'));
      return p;
    }
    var cuts = [];
    for (var j = 0; j + 1 < spans.length; j += 2) { cuts.push([spans[j], spans[j + 1]]); }
    cuts.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    for (var c = 0; c < cuts.length; c++) {
      var s = cuts[c][0];
      var e = cuts[c][1];
      if (s < pos || e > caption.length) { continue; }
      p.appendChild(document.createTextNode(caption.slice(pos, s)));
      p.appendChild(el('mark', null, caption.slice(s, e)));
      pos = e;
    }
    p.appendChild(document.createTextNode(caption.slice(pos)));
    return p;
  }

  Timeline.prototype._popupOffset = function (i) {
    var off = this._offset(i);
    return L.point(off[0], off[1] - this._radius(i) + 4);
  };

  // Where a popup may go: inside the map, clear of its controls. The padding of autoPan is
  // measured from the controls' boxes (zoom, layers, attribution: larger on a phone), and the
  // popup's size is capped to the room left between them.
  Timeline.prototype._popupRoom = function () {
    var container = this.map.getContainer();
    var box = container.getBoundingClientRect();
    var top = 10;
    var bottom = 10;
    var controls = container.querySelectorAll('.leaflet-control');
    for (var c = 0; c < controls.length; c++) {
      var r = controls[c].getBoundingClientRect();
      if (!r.width || !r.height) { continue; }
      if (controls[c].closest('.leaflet-top')) { top = Math.max(top, r.bottom - box.top + 8); }
      if (controls[c].closest('.leaflet-bottom')) {
        bottom = Math.max(bottom, box.bottom - r.top + 8);
      }
    }
    // a map scrolled partly off screen (a phone): the popup stays in the part on screen
    var screenH = window.innerHeight || document.documentElement.clientHeight;
    if (box.top < 0) { top = Math.max(top, 8 - box.top); }
    if (box.bottom > screenH) { bottom = Math.max(bottom, box.bottom - screenH + 8); }
    var maxWidth = Math.max(160, Math.min(340, box.width - 64));
    return {
      topLeft: L.point(10, top), bottomRight: L.point(10, bottom), maxWidth: maxWidth,
      minWidth: Math.min(240, maxWidth),
      // the content's height; the popup adds its margins (about 40 px) and its tip (20 px)
      maxHeight: Math.max(120, Math.min(340, box.height - top - bottom - 70))
    };
  };

  Timeline.prototype._showPopup = function (latlng, content, offset, autoPan) {
    if (this.popup) {
      this.popup.off('remove', this._onPopupRemove, this);
      this.map.closePopup(this.popup);
    }
    var room = this._popupRoom();
    this._fitPopup(content, room);
    // No maxHeight for Leaflet: it would scroll the whole content, the actions with it; the
    // content caps its own height, and only its body scrolls.
    this.popup = L.popup({
      maxWidth: room.maxWidth, minWidth: room.minWidth,
      autoPan: autoPan, autoPanPaddingTopLeft: room.topLeft,
      autoPanPaddingBottomRight: room.bottomRight, className: 'am-leaflet-popup', offset: offset
    });
    this.popup.setLatLng(latlng).setContent(content);
    this.popup.on('remove', this._onPopupRemove, this);
    this.popup.openOn(this.map);
    this._scrollableBody(content);
  };

  // Cap a popup's content to the room (a control popup to less: it is a summary); its body
  // scrolls inside, its footer stays.
  Timeline.prototype._fitPopup = function (content, room) {
    room = room || this._popupRoom();
    var cap = content.amMaxHeight ? Math.min(room.maxHeight, content.amMaxHeight) : room.maxHeight;
    content.style.maxHeight = cap + 'px';
  };

  // A body that scrolls can be scrolled from the keyboard: it takes the focus, and says what it is.
  Timeline.prototype._scrollableBody = function (content) {
    var body = content.querySelector('.am-popup-body');
    if (!body) { return; }
    var scrolls = body.scrollHeight > body.clientHeight + 1;
    body.classList.toggle('am-scrolls', scrolls);
    if (scrolls) {
      body.tabIndex = 0;
      body.setAttribute('role', 'region');
      body.setAttribute('aria-label', 'Popup text (scrolls)');
    } else {
      body.removeAttribute('tabindex');
      body.removeAttribute('role');
      body.removeAttribute('aria-label');
    }
  };

  // Slide the open popup sideways over its tip (which keeps pointing at its place) to where it
  // covers the fewest markers, then pan it into the room: a popup about an area sits beside the
  // area's markers rather than over them, where the map has room for that.
  Timeline.prototype._placeBeside = function () {
    var popup = this.popup;
    var node = popup && popup.isOpen() ? popup.getElement() : null;
    var wrapper = node ? node.querySelector('.leaflet-popup-content-wrapper') : null;
    var tip = node ? node.querySelector('.leaflet-popup-tip-container') : null;
    if (!wrapper || !tip) { return; }
    var container = this.map.getContainer();
    var mapBox = container.getBoundingClientRect();
    var box = wrapper.getBoundingClientRect();
    var w = box.width;
    var h = box.height;
    var left = box.left - mapBox.left;
    var top = box.top - mapBox.top;
    var room = this._popupRoom();
    var markers = this.markersInView();
    var reach = Math.max(0, w / 2 - 36);   // the tip stays under the popup's straight edge
    var shifts = [0, -reach / 2, reach / 2, -reach, reach];
    var best = 0;
    var bestCost = Infinity;
    for (var c = 0; c < shifts.length; c++) {
      var x0 = left + shifts[c];
      var under = 0;
      for (var m = 0; m < markers.length; m++) {
        var k = markers[m];
        if (k.x >= x0 - 8 && k.x <= x0 + w + 8 && k.y >= top - 8 && k.y <= top + h + 8) { under++; }
      }
      // the pan it would take to bring the popup into the room, and a little for the slide
      var pan = Math.max(0, room.topLeft.x - x0) + Math.max(0, x0 + w - (mapBox.width - room.bottomRight.x)) +
        Math.max(0, room.topLeft.y - top) + Math.max(0, top + h - (mapBox.height - room.bottomRight.y));
      var cost = under * 10000 + pan + Math.abs(shifts[c]) * 0.1;
      if (cost < bestCost) { bestCost = cost; best = shifts[c]; }
    }
    var offset = popup.options.offset || L.point(0, 0);
    popup.options.offset = L.point(L.point(offset).x + best, L.point(offset).y);
    tip.style.left = best ? 'calc(50% - ' + best + 'px)' : '';
    popup.options.autoPan = true;
    popup.update();
  };

  Timeline.prototype._onPopupRemove = function (e) {
    if (e.target === this.popup) {
      this._showSelectedCircle(-1);
      this.openMarker = -1;
      this.openCluster = -1;
      this.openControl = -1;
      this._writeHashSoon();
    }
  };

  // The popup of marker i (or, for a clustered marker clicked on the map, its place's list).
  Timeline.prototype._openPopup = function (i, options) {
    var p = this.mPlace[i];
    var latlng = L.latLng(this.data.places.y[p], this.data.places.x[p]);
    if (options.cluster && this._clustered(i)) {
      this._showPopup(latlng, this._clusterContent(p), this._popupOffset(i), true);
      this._showSelectedCircle(-1);
      this.openMarker = -1;
      this.openCluster = p;
      this._writeHashSoon();
      return;
    }
    this._showPopup(latlng, this._popupContent(i), this._popupOffset(i), !!options.autoPan);
    this._showSelectedCircle(i);
    this.openMarker = i;
    this.openCluster = -1;
    this._select(this.mEntry[i], true, false);
    this._writeHashSoon();
  };

  // After a draw, keep the open popup on its marker (its spread slot may have changed).
  Timeline.prototype._movePopup = function () {
    if (!this.popup || this.openMarker < 0 || !this.popup.isOpen()) { return; }
    var off = this._popupOffset(this.openMarker);
    var old = this.popup.options.offset;
    if (!old || old.x !== off.x || old.y !== off.y) {
      this.popup.options.offset = off;
      this.popup._updatePosition();
    }
  };

  // The photos at a crowded place, in the current range: a list to open one of them.
  Timeline.prototype._clusterContent = function (p) {
    var self = this;
    var box = popupBox('am-cluster');
    var root = box.body;
    var count = this.placeCount[this.pSpot[p]];
    root.appendChild(isolated('h3', 'am-popup-title', this.data.places.name[p]));
    root.appendChild(el('p', 'am-popup-date', count + ' photos here' +
      (this.day >= 0 ? ' (' + (this.mode === 'cumulative' ? 'up to ' : '') +
        dayLabel(this.days[this.day]) + ')' : '')));
    var list = el('ul', 'am-cluster-list');
    var shown = 0;
    var limit = 200;
    for (var i = this.lo; i < this.hi && shown < limit; i++) {
      if (this.pSpot[this.mPlace[i]] !== this.pSpot[p]) { continue; }
      var k = this.mEntry[i];
      var li = el('li');
      var b = el('button', 'am-cluster-entry', this._label(k) + ' · ' +
        shortDay(this.data.entries.date[k]));
      b.type = 'button';
      b.setAttribute('data-m', String(i));
      li.appendChild(b);
      list.appendChild(li);
      shown++;
    }
    list.addEventListener('click', function (e) {
      var b = e.target.closest ? e.target.closest('button.am-cluster-entry') : null;
      if (b) { self._openPopup(Number(b.getAttribute('data-m')), { autoPan: true }); }
    });
    root.appendChild(list);
    if (count > shown) {
      root.appendChild(el('p', 'am-popup-credit', (count - shown) +
        ' more: choose a day on the slider, or use the list of photos'));
    }
    return box.root;
  };
}());
