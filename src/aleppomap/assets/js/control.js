// aleppomap's timeline map: the control layer (who held each place), its legend, its popups.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var dayLabel = am.dayLabel;
  var distance = am.distance;
  var el = am.el;
  var shortDay = am.shortDay;
  var popupBox = am.popupBox;

  // ------------------------------------------------------------------ the control layer

  // Who held each place, from the captions' control statements (aleppomap.control). The
  // layer's days are the statements' days: the controller on a slider day is the one of the
  // last statement day up to it ("All dates": the latest). Each place carries its changes,
  // [day, controller, statement] (statement -1: none), in day order.
  var CONTROL_FILL = 0.38;
  // The sides in plain words: as the holder ("held by rebels"), as an adjective ("rebel-held").
  var SIDE_NOUN = {
    government: 'government forces', rebels: 'rebels', islamic_state: 'Islamic State',
    kurdish: 'Kurdish forces'
  };
  var SIDE_ADJECTIVE = {
    government: 'government', rebels: 'rebel', islamic_state: 'Islamic State', kurdish: 'Kurdish'
  };

  function sideNoun(side) {
    return Object.prototype.hasOwnProperty.call(SIDE_NOUN, side) ? SIDE_NOUN[side] : '';
  }

  // What a statement says, in plain words: "taken by government forces from rebels", "held by
  // rebels", "described as rebel-held" (a caption's "rebel-held X": a description, not a
  // report), "besieged", "contested". The evidence phrase follows it in the popup.
  function controlWords(s) {
    var by = sideNoun(s.controller);
    var from = sideNoun(s.from_controller);
    var described = /-(held|controlled)\b/i.test(s.evidence || '');
    if (s.action === 'captured' || (s.action === 'lost' && by)) {
      return (by ? 'taken by ' + by : 'taken') + (from ? ' from ' + from : '');
    }
    if (s.action === 'lost' && /withdr|pull|retreat|abandon|evacuat|fled|left|expel|driven|ousted/i.test(s.evidence || '')) {
      return from ? 'abandoned by ' + from : 'abandoned';  // a withdrawal, no taker named
    }
    if (s.action === 'lost') {
      return from ? 'described as formerly ' + SIDE_ADJECTIVE[s.from_controller] + '-held'
        : 'described as changing hands';
    }
    if (s.action === 'held') {
      if (described && Object.prototype.hasOwnProperty.call(SIDE_ADJECTIVE, s.controller)) {
        return 'described as ' + SIDE_ADJECTIVE[s.controller] + '-held';
      }
      return by ? 'held by ' + by : 'held';
    }
    if (s.action === 'besieged') { return 'besieged' + (by ? ', held by ' + by : ''); }
    if (s.action === 'contested') { return 'contested: fighting reported'; }
    return s.action;
  }
  var CONTROL_FILL_UNKNOWN = 0.1;
  var RING_RADIUS = 15;           // px: the control ring around a point-only place's marker

  // The centre of the circle the payload gives a point-only place (its point).
  function ringCentre(geometry) {
    var ring = geometry.coordinates[0];
    var x = 0;
    var y = 0;
    var n = Math.max(1, ring.length - 1);
    for (var i = 0; i < n; i++) { x += ring[i][0]; y += ring[i][1]; }
    return L.latLng(y / n, x / n);
  }
  var CONTROL_LIST_LIMIT = 200;   // statements listed in a popup
  var CONTROL_SHOWN = 1;          // groups of statements shown before "N more statements"
  var CONTROL_MAX_HEIGHT = 260;   // px: a control popup's content, at most (it scrolls inside)

  Timeline.prototype._buildControl = function () {
    var self = this;
    var c = this.data.control;
    this.controlLayer = null;
    this.openControl = -1;
    this.controlMore = {};          // place id → its "more statements" disclosure is open
    if (!c || !c.places || !c.places.length) { return; }
    this.cColor = {};
    this.cLabel = {};
    for (var i = 0; i < c.legend.length; i++) {
      this.cColor[c.legend[i].controller] = c.legend[i].color;
      this.cLabel[c.legend[i].controller] = c.legend[i].label;
    }
    this.cIndex = {};
    this.cLayers = [];
    this.cState = [];
    this.map.createPane('aleppomapControl');
    // Above the tiles, below the points' canvas (450): markers stay on top, and clickable.
    this.map.getPane('aleppomapControl').style.zIndex = 350;
    var renderer = L.svg({ pane: 'aleppomapControl', padding: 0.2 });
    var group = L.featureGroup();
    c.places.forEach(function (place, p) {
      self.cIndex[place.id] = p;
      // A place known only as a point has no area to colour: its controller shows as a ring
      // around its marker (a few pixels at every zoom), never as a km-wide disc.
      var layer = place.approximate
        ? L.featureGroup([L.circleMarker(ringCentre(place.geometry), {
          renderer: renderer, pane: 'aleppomapControl', radius: RING_RADIUS,
          className: 'am-control-area am-control-ring', bubblingMouseEvents: true
        })])
        : L.geoJSON(place.geometry, {
          renderer: renderer,
          pane: 'aleppomapControl',
          className: 'am-control-area',
          bubblingMouseEvents: true
        });
      layer.on('click', function (e) { self._onControlClick(p, e); });
      self.cLayers.push(layer);
      self.cState.push(null);
      group.addLayer(layer);
    });
    this.controlLayer = group;
    this.controlVisible = true;
    group.addTo(this.map);
    this._tagControl();
    this._buildControlLegend();
    this._styleControl();
  };

  // Name each area's SVG path by its place id (an attribute, set as text: nothing is parsed),
  // for the stylesheet and the tests. Leaflet makes new paths each time the layer is added.
  Timeline.prototype._tagControl = function () {
    var places = this.data.control.places;
    this.cLayers.forEach(function (layer, p) {
      layer.eachLayer(function (part) {
        if (part._path) { part._path.setAttribute('data-place', places[p].id); }
      });
    });
  };

  // The layer's day for the slider's position: -1 before any statement.
  Timeline.prototype._controlDay = function () {
    var days = this.data.control.days;
    if (this.day < 0) { return days.length - 1; }
    var iso = this.days[this.day];
    var a = 0;
    var b = days.length;
    while (a < b) {
      var mid = (a + b) >> 1;
      if (days[mid] <= iso) { a = mid + 1; } else { b = mid; }
    }
    return a - 1;
  };

  // Place p on the layer's day k: [controller, statement index or -1].
  Timeline.prototype._controlState = function (p, k) {
    var c = this.data.control;
    var changes = c.places[p].changes;
    var ctl = 'unknown';
    var st = -1;
    for (var j = 0; j < changes.length && changes[j][0] <= k; j++) {
      ctl = c.controllers[changes[j][1]];
      st = changes[j][2];
    }
    return [ctl, st];
  };

  Timeline.prototype._controlColor = function (controller) {
    return Object.prototype.hasOwnProperty.call(this.cColor, controller)
      ? this.cColor[controller] : this.cColor.unknown || '#bbbbbb';
  };

  Timeline.prototype._styleControl = function () {
    if (!this.controlLayer) { return; }
    var k = this._controlDay();
    var places = this.data.control.places;
    for (var p = 0; p < places.length; p++) {
      var state = this._controlState(p, k);
      var key = state[0] + '|' + state[1];
      if (this.cState[p] === key) { continue; }
      this.cState[p] = key;
      var approx = places[p].approximate;
      var unknown = state[0] === 'unknown';
      var color = this._controlColor(state[0]);
      this.cLayers[p].setStyle(approx ? {
        color: color, weight: 5, opacity: unknown ? 0.6 : 1, dashArray: null,
        fill: true, fillOpacity: 0, fillColor: color
      } : {
        color: color,
        weight: 2,
        opacity: unknown ? 0.6 : 0.9,
        dashArray: null,
        fillColor: color,
        fillOpacity: unknown ? CONTROL_FILL_UNKNOWN : CONTROL_FILL
      });
    }
    if (this.openControl >= 0 && this.popup && this.popup.isOpen()) {
      var content = this._controlContent(this.openControl);
      this._fitPopup(content);
      this.popup.setContent(content);
      this._scrollableBody(content);
    }
  };

  Timeline.prototype._onControlClick = function (p, e) {
    // A marker drawn over the area wins: the map's own click handler opens it.
    if (this._hit(e.layerPoint) >= 0) { return; }
    this._openControl(p, e.latlng);
  };

  // The popup of place p, opened by a click at latlng. It points at the area's top edge (a ring:
  // its top), above the area: the photos' markers inside the area stay in view under it.
  Timeline.prototype._openControl = function (p, latlng) {
    var at = latlng;
    var offset = L.point(0, 0);
    var place = this.data.control.places[p];
    if (place.approximate) {
      at = ringCentre(place.geometry);
      offset = L.point(0, -RING_RADIUS - 2);
    } else {
      var bounds = this.cLayers[p].getBounds();
      var lng = Math.max(bounds.getWest(), Math.min(bounds.getEast(), latlng.lng));
      var top = L.latLng(bounds.getNorth(), lng);
      // an area taller than the view: the popup stays where the reader clicked
      if (bounds.isValid() && this.map.getBounds().contains(top)) { at = top; }
    }
    this._showPopup(at, this._controlContent(p), offset, false);
    this.openMarker = -1;
    this.openCluster = -1;
    this.openControl = p;
    this._placeBeside();
    this._writeHashSoon();
  };

  Timeline.prototype._controlLabel = function (controller) {
    return Object.prototype.hasOwnProperty.call(this.cLabel, controller)
      ? this.cLabel[controller] : controller;
  };

  // The order a place's statements are listed in: those up to the layer's day (iso; "" before
  // any), the one that colours the place (current) first, then the newest first; then those
  // after the day, newest first; undated last.
  function statementOrder(statements, current, iso) {
    var order = [];
    for (var j = 0; j < statements.length && j < CONTROL_LIST_LIMIT; j++) { order.push(j); }
    var rank = function (j) {
      var s = statements[j];
      if (j === current) { return 0; }
      if (!s.date) { return 3; }
      return s.date <= iso ? 1 : 2;
    };
    order.sort(function (a, b) {
      var ra = rank(a);
      var rb = rank(b);
      if (ra !== rb) { return ra - rb; }
      var da = statements[a].date || '';
      var db = statements[b].date || '';
      if (da !== db) { return da < db ? 1 : -1; }
      return b - a;
    });
    return order;
  }

  // Statements in order, the consecutive ones saying the same thing on the same day (the
  // photos of one event, captioned alike) as one group: [[j, ...], ...].
  function statementGroups(statements, order) {
    var groups = [];
    var last = null;
    for (var i = 0; i < order.length; i++) {
      var s = statements[order[i]];
      var key = s.date + '\u0000' + controlWords(s) + '\u0000' + s.evidence;
      if (key === last) {
        groups[groups.length - 1].push(order[i]);
      } else {
        groups.push([order[i]]);
        last = key;
      }
    }
    return groups;
  }

  // The popup of place p: its controller on the slider's day, the newest statement (those of
  // the same day and words with it) and, behind a disclosure, every other statement about it.
  Timeline.prototype._controlContent = function (p) {
    var self = this;
    var c = this.data.control;
    var place = c.places[p];
    var k = this._controlDay();
    var state = this._controlState(p, k);
    var box = popupBox('am-control-popup');
    var root = box.root;
    var body = box.body;
    root.amMaxHeight = CONTROL_MAX_HEIGHT;
    // A click in the popup stays in it: reaching the map, it would close the photo's popup
    // that an evidence button has just opened.
    L.DomEvent.disableClickPropagation(root);
    body.appendChild(el('h3', 'am-popup-title', place.name));
    var when = this.day < 0 ? 'latest known' : 'on ' + dayLabel(this.days[this.day]);
    var line = el('p', 'am-popup-date');
    var sw = el('span', 'am-control-swatch');
    sw.style.background = this._controlColor(state[0]);
    line.appendChild(sw);
    line.appendChild(document.createTextNode(
      (state[0] === 'unknown' ? 'Controller unknown' : this._controlLabel(state[0])) +
      ' (' + when + ')'));
    body.appendChild(line);
    if (place.approximate) {
      body.appendChild(el('p', 'am-popup-credit', 'Known only as a point (somewhere within ' +
        distance(place.radius_m || 0) + '): shown as a ring around its marker.'));
    }
    var statements = place.statements;
    var iso = k >= 0 ? c.days[k] : '';
    var groups = statementGroups(statements, statementOrder(statements, state[1], iso));
    var groupItem = function (group) {
      var s = statements[group[0]];
      var current = group.indexOf(state[1]) >= 0;
      var li = el('li', current ? 'am-control-current'
        : (s.date > iso || !s.date ? 'am-control-later' : null));
      var entries = el('span', 'am-control-entries');
      for (var g = 0; g < group.length; g++) {
        var b = el('button', 'am-control-entry',
          self._labelOf(statements[group[g]].gallery, statements[group[g]].entry));
        b.type = 'button';
        b.setAttribute('data-s', String(group[g]));
        entries.appendChild(b);
      }
      li.appendChild(entries);
      li.appendChild(document.createTextNode(' ' + shortDay(s.date) + ' · ' +
        controlWords(s) + ':'));
      li.appendChild(el('q', 'am-control-evidence', s.evidence));
      if (current) { li.setAttribute('aria-current', 'true'); }
      return li;
    };
    var list = el('ul', 'am-control-list');
    var shown = Math.min(groups.length, CONTROL_SHOWN);
    for (var i = 0; i < shown; i++) { list.appendChild(groupItem(groups[i])); }
    body.appendChild(list);
    var hidden = 0;
    var more = null;
    for (i = shown; i < groups.length; i++) { hidden += groups[i].length; }
    if (hidden) {
      more = el('details', 'am-control-more');
      more.appendChild(el('summary', null, hidden + (hidden === 1 ? ' more statement'
        : ' more statements')));
      var rest = el('ul', 'am-control-list');
      for (i = shown; i < groups.length; i++) { rest.appendChild(groupItem(groups[i])); }
      more.appendChild(rest);
      var restored = !!this.controlMore[place.id];
      more.open = restored;   // as the reader left it (the content is rebuilt on a new day)
      more.addEventListener('toggle', function () {
        self.controlMore[place.id] = more.open;
        if (self.popup && self.popup.isOpen() && self.popup.getContent() === root) {
          self.popup.update();
          self._scrollableBody(root);
          if (more.open && !restored) {
            // opened by the reader: the statements it shows come up into the body's view
            body.scrollTop += more.getBoundingClientRect().top - body.getBoundingClientRect().top;
          }
        }
        restored = false;
      });
      body.appendChild(more);
    }
    body.addEventListener('click', function (e) {
      var btn = e.target.closest ? e.target.closest('button.am-control-entry') : null;
      if (!btn) { return; }
      var st = statements[Number(btn.getAttribute('data-s'))];
      var name = self.multi ? st.gallery + '#' + st.entry : st.entry;
      var entry = self._entryIndex(name);
      if (entry >= 0) { self._openEntry(entry, { animate: true, focusRow: false }); }
    });
    // the last words: at the end of the disclosure when there is one (the popup stays short)
    var end = more || body;
    if (statements.length > CONTROL_LIST_LIMIT) {
      end.appendChild(el('p', 'am-popup-credit', (statements.length - CONTROL_LIST_LIMIT) +
        ' more statements: see the control table'));
    }
    end.appendChild(el('p', 'am-popup-credit',
      'From what the captions say; a place is coloured by the last statement up to the day.'));
    return root;
  };

  // The layer's legend and switch, in the panel under the points' legend.
  Timeline.prototype._buildControlLegend = function () {
    var self = this;
    var c = this.data.control;
    var box = document.getElementById(this.id + '-panel').querySelector('.am-legend');
    var wrap = el('div', 'am-control-legend');
    var label = el('label', 'am-control-switch');
    var input = el('input');
    input.type = 'checkbox';
    input.checked = true;
    input.addEventListener('change', function () { self.setControlVisible(input.checked); });
    this.controlInput = input;
    label.appendChild(input);
    label.appendChild(document.createTextNode(' Who held each area: its colour (from the captions)'));
    wrap.appendChild(label);
    var used = { unknown: true };
    var approx = false;
    for (var p = 0; p < c.places.length; p++) {
      var changes = c.places[p].changes;
      for (var j = 0; j < changes.length; j++) { used[c.controllers[changes[j][1]]] = true; }
      if (c.places[p].approximate) { approx = true; }
    }
    var list = el('ul', 'am-legend-list am-control-items');
    for (var i = 0; i < c.legend.length; i++) {
      var item = c.legend[i];
      if (!used[item.controller]) { continue; }
      var li = el('li');
      var sw = el('span', 'am-control-swatch');
      sw.style.background = item.color;
      li.appendChild(sw);
      li.appendChild(el('span', null, item.label));
      list.appendChild(li);
    }
    if (approx) {
      var li2 = el('li');
      li2.appendChild(el('span', 'am-control-swatch am-control-swatch-ring'));
      li2.appendChild(el('span', null, 'a ring: who held a place known only as a point'));
      list.appendChild(li2);
    }
    wrap.appendChild(list);
    box.appendChild(wrap);
  };

  Timeline.prototype.setControlVisible = function (on) {
    if (!this.controlLayer) { return false; }
    on = !!on;
    if (on && !this.map.hasLayer(this.controlLayer)) {
      this.controlLayer.addTo(this.map);
      this._tagControl();
    }
    if (!on && this.map.hasLayer(this.controlLayer)) {
      if (this.openControl >= 0 && this.popup) { this.map.closePopup(this.popup); }
      this.map.removeLayer(this.controlLayer);
    }
    this.controlVisible = on;
    this.controlInput.checked = on;
    return true;
  };

  Timeline.prototype.controlAt = function (placeId) {
    if (!this.controlLayer || !Object.prototype.hasOwnProperty.call(this.cIndex, placeId)) {
      return null;
    }
    return this._controlState(this.cIndex[placeId], this._controlDay())[0];
  };
}());
