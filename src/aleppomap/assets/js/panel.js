// aleppomap's timeline map: the entry panel: the legend, the list of photos, the summary.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var safeUrl = am.safeUrl;
  var el = am.el;
  var shortDay = am.shortDay;
  var styleOf = am.styleOf;

  // The legend, in the panel (on the map it would hide points): one swatch per precision.
  Timeline.prototype._buildLegend = function () {
    var box = document.getElementById(this.id + '-panel').querySelector('.am-legend');
    var used = {};
    for (var p = 0; p < this.pKind.length; p++) { used[this.pKind[p]] = true; }
    var list = el('ul', 'am-legend-list');
    for (var k = 0; k < this.data.kinds.length; k++) {
      if (!used[k]) { continue; }
      var style = styleOf(this.data.kinds[k]);
      var li = el('li');
      var sw = el('span', 'am-swatch');
      sw.style.width = (2 * style.r) + 'px';
      sw.style.height = (2 * style.r) + 'px';
      sw.style.background = style.fill;
      li.appendChild(sw);
      li.appendChild(el('span', null, this.data.kinds[k] || 'other'));
      list.appendChild(li);
    }
    if (this.arrowFrom.length) {
      var mv = el('li');
      mv.appendChild(el('span', 'am-arrow-swatch', '⇢'));
      mv.appendChild(el('span', null, 'from → to'));
      list.appendChild(mv);
    }
    box.appendChild(list);
    box.appendChild(el('p', 'am-legend-note',
      'How precisely each place is known. Tap or point at a marker for its uncertainty.'));
  };

  // ------------------------------------------------------------------ the entry panel

  Timeline.prototype._buildPanel = function () {
    var self = this;
    var panel = document.getElementById(this.id + '-panel');
    this.summary = panel.querySelector('.am-summary');
    this.scroller = panel.querySelector('.am-scroll');
    this.list = panel.querySelector('.am-list');
    var rowH = parseFloat(window.getComputedStyle(this.list).getPropertyValue('--am-row'));
    this.rowH = rowH > 0 ? rowH : 76;
    this.rows = {};
    // The markers of every gallery; a gallery filter draws a subset of them (setGallery).
    this.all = { mPlace: this.mPlace, mEntry: this.mEntry, dayStart: this.dayStart,
      arrowFrom: this.arrowFrom, arrowTo: this.arrowTo, eFirst: this.eFirst,
      eCount: this.eCount, runs: this.runs };
    this.galleryFilter = -1;
    this.list.classList.toggle('am-multi', this.multi);
    this._listEntries();
    var pending = 0;
    this.scroller.addEventListener('scroll', function () {
      if (!pending) {
        pending = L.Util.requestAnimFrame(function () { pending = 0; self._renderRows(false); });
      }
    });
    this.list.addEventListener('click', function (e) {
      var button = e.target.closest ? e.target.closest('button.am-entry') : null;
      if (!button) { return; }
      var k = Number(button.getAttribute('data-k'));
      self._openEntry(k, { animate: true, focusRow: true });
    });
    this.list.addEventListener('keydown', function (e) { self._onListKey(e); });
    this.gallerySelect = panel.querySelector('.am-gallery-filter');
    if (this.gallerySelect) {
      // One option per gallery, added at once (options added one by one to a select that is
      // in the page cost time in the square of their number), after the first view or when
      // the select is first used: thousands of options in it cost every layout of the page
      // until then (a second of the first view with 19,000 galleries).
      var select = this.gallerySelect;
      this._fillGalleries = function () {
        if (self.galleriesFilled) { return; }
        self.galleriesFilled = true;
        var options = document.createDocumentFragment();
        self.data.galleries.forEach(function (g, i) {
          var option = el('option', null, (g.short || g.title || 'Gallery ' + (i + 1)) +
            (g.date ? ' · ' + shortDay(g.date) : ''));
          option.value = String(i);
          options.appendChild(option);
        });
        select.appendChild(options);
        select.value = String(self.galleryFilter);
      };
      ['focus', 'pointerdown', 'keydown'].forEach(function (type) {
        select.addEventListener(type, self._fillGalleries);
      });
      this.gallerySelect.addEventListener('change', function () {
        self.setGallery(Number(self.gallerySelect.value));
      });
    }
    if (window.ResizeObserver) {
      new ResizeObserver(function () { self._renderRows(false); }).observe(this.scroller);
    }
    var about = document.getElementById(this.id + '-head');
    about = about ? about.querySelector('details.am-about') : null;
    if (about && window.matchMedia && window.matchMedia('(max-width: 430px)').matches) {
      about.open = false;   // on a phone the map comes first; the introduction is a tap away
    }
  };

  // The entries the list shows (all, or one gallery's): order[i] is the entry of row i,
  // at[k] the row of entry k (-1: not listed).
  Timeline.prototype._listEntries = function () {
    var g = this.galleryFilter;
    var gal = this.data.entries.gallery;
    var order = [];
    var unlocated = 0;
    var eFirst = this.all.eFirst;
    this.at = new Int32Array(this.ne).fill(-1);
    for (var k = 0; k < this.ne; k++) {
      if (g >= 0 && gal[k] !== g) { continue; }
      this.at[k] = order.length;
      order.push(k);
      if (eFirst[k] < 0) { unlocated++; }
    }
    this.order = Int32Array.from(order);
    this.unlocatedCount = unlocated;
    this.list.style.height = (this.order.length * this.rowH) + 'px';
    for (var key in this.rows) { this.list.removeChild(this.rows[key]); }
    this.rows = {};
  };

  // Whether entry k belongs to the gallery shown (undefined before the panel is built).
  Timeline.prototype._galleryShown = function (k) {
    if (this.galleryFilter === undefined) { return undefined; }
    return this.galleryFilter < 0 || this.data.entries.gallery[k] === this.galleryFilter;
  };

  // Show one gallery (its index in the payload), or every gallery (-1): the markers, the list
  // and the histogram. The markers of the gallery are a subset of the sorted markers, taken in
  // the same order, so that every index the drawing code reads stays consistent.
  Timeline.prototype.setGallery = function (g) {
    var n = this.data.galleries.length;
    g = Number(g);
    if (!(g >= -1 && g < n) || Math.floor(g) !== g) { return false; }
    if (g === this.galleryFilter) { return true; }
    if (this.popup) { this.map.closePopup(this.popup); }
    this.openMarker = -1;
    this.openCluster = -1;
    this.galleryFilter = g;
    var all = this.all;
    if (g < 0) {
      this.mPlace = all.mPlace;
      this.mEntry = all.mEntry;
      this.dayStart = all.dayStart;
      this.arrowFrom = all.arrowFrom;
      this.arrowTo = all.arrowTo;
      this.eFirst = all.eFirst;
      this.eCount = all.eCount;
      this.runs = all.runs;
    } else {
      this._subsetMarkers(g);
    }
    this.n = this.mPlace.length;
    if (this.gallerySelect) {
      this._fillGalleries();
      this.gallerySelect.value = String(g);
    }
    this._listEntries();
    this.scroller.scrollTop = 0;
    this._countDays();
    this._applyRange();
    return true;
  };

  Timeline.prototype._subsetMarkers = function (g) {
    var all = this.all;
    var gal = this.data.entries.gallery;
    var n = all.mPlace.length;
    var keep = new Int32Array(n + 1);   // keep[i]: kept markers before marker i
    var i;
    for (i = 0; i < n; i++) { keep[i + 1] = keep[i] + (gal[all.mEntry[i]] === g ? 1 : 0); }
    var m = keep[n];
    var mPlace = new Int32Array(m);
    var mEntry = new Int32Array(m);
    for (i = 0; i < n; i++) {
      if (keep[i + 1] > keep[i]) { mPlace[keep[i]] = all.mPlace[i]; mEntry[keep[i]] = all.mEntry[i]; }
    }
    this.mPlace = mPlace;
    this.mEntry = mEntry;
    this.dayStart = all.dayStart.map(function (start) { return keep[start]; });
    var from = [];
    var to = [];
    for (i = 0; i < all.arrowFrom.length; i++) {
      var a = all.arrowFrom[i];
      if (gal[all.mEntry[a]] === g) { from.push(keep[a]); to.push(keep[all.arrowTo[i]]); }
    }
    this.arrowFrom = Int32Array.from(from);
    this.arrowTo = Int32Array.from(to);
    this.eFirst = new Int32Array(this.ne).fill(-1);
    this.eCount = new Int32Array(this.ne);
    this.runs = new Int32Array(m + 1);
    for (i = 0; i < m; i++) {
      var k = mEntry[i];
      if (this.eFirst[k] < 0) { this.eFirst[k] = i; }
      this.eCount[k]++;
      this.runs[i + 1] = this.runs[i] + (i === 0 || mEntry[i - 1] !== k ? 1 : 0);
    }
  };

  // How a photo is named to readers: "Photo N", with several galleries "short title · Photo N".
  Timeline.prototype._label = function (k) {
    var ent = this.data.entries;
    if (!this.multi) { return 'Photo ' + ent.n[k]; }
    var g = this.data.galleries[ent.gallery[k]];
    return (g.short || g.title || 'Gallery ' + (ent.gallery[k] + 1)) + ' · Photo ' + ent.n[k];
  };

  // The label of the entry a control statement names (its gallery id and number).
  Timeline.prototype._labelOf = function (gallery, n) {
    var k = this._entryIndex(this.multi ? gallery + '#' + n : n);
    return k >= 0 ? this._label(k) : 'Photo ' + n;
  };

  // ------------------------------------------------------------------ photos

  // A caption cut at a word, for an image's alt text.
  function altText(caption, fallback) {
    var text = (caption || '').replace(/\s+/g, ' ').trim();
    if (!text) { return fallback; }
    if (text.length <= 150) { return text; }
    var cut = text.slice(0, 149);
    var space = cut.lastIndexOf(' ');
    return (space > 80 ? cut.slice(0, space) : cut) + '…';
  }

  // The photo of entry k as a thumbnail, or null when it has no image URL. The box has its
  // size before the image loads (nothing moves); the image loads lazily and, when it cannot
  // (offline, gone), the box says so. `where`: 'popup' (linked to the photo's page, alt text
  // from the caption) or 'row' (inside the row's button, which reads the caption already).
  Timeline.prototype._thumb = function (k, where) {
    var ent = this.data.entries;
    var src = safeUrl(ent.image[k]);
    if (!src) { return null; }
    var page = where === 'popup' ? safeUrl(ent.url[k]) : null;
    var box = el(page ? 'a' : 'span', 'am-thumb am-thumb-' + where);
    if (page) {
      box.href = page;
      box.target = '_blank';
      box.rel = 'noopener noreferrer';
      box.title = 'The photo’s page';
    }
    var self = this;
    var img = null;
    var missing = function () {
      if (box.classList.contains('am-thumb-missing')) { return; }
      box.classList.add('am-thumb-missing');
      if (img) { img.hidden = true; }   // kept, with its alt text, for what reads the page
      box.appendChild(el('span', 'am-thumb-note', where === 'popup'
        ? 'Photo not available offline' : 'no photo'));
      if (where !== 'popup') { box.setAttribute('aria-hidden', 'true'); }
      // the popup's box got smaller: fit the popup to it again
      if (where === 'popup' && self.popup && self.popup.isOpen() &&
          self.popup.getElement().contains(box)) {
        self.popup.update();
      }
    };
    if (navigator.onLine === false) { missing(); return box; }
    img = el('img');
    img.loading = 'lazy';
    img.decoding = 'async';
    img.referrerPolicy = 'no-referrer';
    img.alt = where === 'popup' ? altText(ent.caption[k], this._label(k)) : '';
    img.addEventListener('error', missing);
    img.src = src;
    box.appendChild(img);
    return box;
  };

  // ------------------------------------------------------------------ the list

  // The places of entry k ("A · B → C"), each name in a <bdi>: the bidirectional controls
  // one may hold cannot reorder the others.
  Timeline.prototype._rowPlaces = function (k) {
    var d = this.data;
    var mentions = d.entries.places[k];
    var span = el('span', 'am-row-places');
    for (var j = 0; j < mentions.length; j++) {
      var role = d.roles[mentions[j][2]];
      if (j > 0) { span.appendChild(document.createTextNode(role === 'destination' ? ' → ' : ' · ')); }
      span.appendChild(el('bdi', null, d.places.name[mentions[j][0]]));
    }
    return span;
  };

  Timeline.prototype._makeRow = function (k) {
    var ent = this.data.entries;
    var li = el('li', 'am-row');
    var at = this.at[k];
    li.style.top = (at * this.rowH) + 'px';
    li.setAttribute('aria-setsize', String(this.order.length));
    li.setAttribute('aria-posinset', String(at + 1));
    var b = el('button', 'am-entry');
    b.type = 'button';
    b.setAttribute('data-k', String(k));
    var thumb = this._thumb(k, 'row');
    if (thumb) {
      li.classList.add('am-has-thumb');
      b.appendChild(thumb);
    }
    var top = el('span', 'am-row-top');
    var label = el('span', 'am-row-n');
    if (this.multi) {
      // the gallery's title may be cut short on a narrow row, never the photo's number; a
      // <bdi>: the bidirectional controls a title may hold cannot reorder the number after it
      var g = this.data.galleries[ent.gallery[k]];
      label.appendChild(el('bdi', 'am-row-gallery', g.short || g.title ||
        'Gallery ' + (ent.gallery[k] + 1))).dir = 'auto';
      label.appendChild(document.createTextNode(' · '));
    }
    label.appendChild(el('span', 'am-row-photo', 'Photo ' + ent.n[k]));
    top.appendChild(label);
    top.appendChild(el('span', 'am-row-date', shortDay(ent.date[k])));
    b.appendChild(top);
    if (this.all.eFirst[k] < 0) {
      b.appendChild(el('span', 'am-row-places am-row-reason',
        'Not located: ' + (ent.reason[k] || 'no place'))).dir = 'auto';  // quotes the caption
    } else {
      b.appendChild(this._rowPlaces(k));
    }
    b.appendChild(el('span', 'am-row-caption', this.textsReady ? ent.caption[k] || 'No caption'
      : am.LOADING_CAPTION)).dir = 'auto';
    li.appendChild(b);
    return li;
  };

  Timeline.prototype._rowState = function (li, k) {
    var first = this.eFirst[k];
    var inView = first >= 0 && first >= this.lo && first < this.hi;
    var onDay = this.day >= 0 && this.data.entries.day[k] === this.day;
    li.classList.toggle('am-in', inView);
    li.classList.toggle('am-out', !inView);
    li.classList.toggle('am-unlocated', first < 0);
    li.classList.toggle('am-on-day', onDay);
    li.classList.toggle('am-selected', k === this.selected);
    var b = li.firstChild;
    if (k === this.selected) { b.setAttribute('aria-current', 'true'); } else { b.removeAttribute('aria-current'); }
    var state = first < 0 ? 'not on the map' : (inView ? 'on the map' : 'hidden at this date');
    b.setAttribute('aria-description', state);
  };

  // Render the rows in (and near) the scrolled window; refresh their state.
  Timeline.prototype._renderRows = function (refresh) {
    var top = this.scroller.scrollTop;
    var height = this.scroller.clientHeight || 600;
    var count = this.order.length;
    var a = Math.max(0, Math.floor(top / this.rowH) - 6);
    var b = Math.min(count, Math.ceil((top + height) / this.rowH) + 6);
    var keep = {};
    var k;
    for (var r = a; r < b; r++) { keep[this.order[r]] = true; }
    if (this.selected >= 0 && this.at[this.selected] >= 0) { keep[this.selected] = true; }
    var focused = document.activeElement;
    for (var key in this.rows) {
      if (!keep[key] && !(focused && this.rows[key].contains(focused))) {
        this.list.removeChild(this.rows[key]);
        delete this.rows[key];
      }
    }
    for (k in keep) {
      var row = this.rows[k];
      if (!row) {
        row = this.rows[k] = this._makeRow(Number(k));
        this.list.appendChild(row);
        this._rowState(row, Number(k));
      } else if (refresh) {
        this._rowState(row, Number(k));
      }
    }
  };

  Timeline.prototype._row = function (k) {
    if (!this.rows[k]) {
      this.rows[k] = this._makeRow(k);
      this.list.appendChild(this.rows[k]);
      this._rowState(this.rows[k], k);
    }
    return this.rows[k];
  };

  // Mark entry k in the panel; scroll it into view; focus its button when asked.
  Timeline.prototype._select = function (k, scroll, focus) {
    if (this.at[k] < 0) { this.setGallery(-1); }
    var old = this.selected;
    this.selected = k;
    if (old >= 0 && this.rows[old]) { this._rowState(this.rows[old], old); }
    if (scroll) {
      var y = this.at[k] * this.rowH;
      var top = this.scroller.scrollTop;
      var h = this.scroller.clientHeight;
      if (y < top || y + this.rowH > top + h) {
        this.scroller.scrollTop = Math.max(0, y - (h - this.rowH) / 2);
      }
    }
    this._renderRows(false);
    var row = this._row(k);
    this._rowState(row, k);
    if (focus) { row.firstChild.focus({ preventScroll: true }); }
    this.canvas.redraw();
  };

  Timeline.prototype._onListKey = function (e) {
    var button = e.target.closest ? e.target.closest('button.am-entry') : null;
    if (!button) { return; }
    var at = this.at[Number(button.getAttribute('data-k'))];
    var last = this.order.length - 1;
    var page = Math.max(1, Math.floor(this.scroller.clientHeight / this.rowH) - 1);
    var to = at;
    if (e.key === 'ArrowDown') { to = at + 1; } else if (e.key === 'ArrowUp') { to = at - 1; }
    else if (e.key === 'PageDown') { to = at + page; } else if (e.key === 'PageUp') { to = at - page; }
    else if (e.key === 'Home') { to = 0; } else if (e.key === 'End') { to = last; }
    else { return; }
    e.preventDefault();
    to = Math.max(0, Math.min(last, to));
    var y = to * this.rowH;
    if (y < this.scroller.scrollTop) {
      this.scroller.scrollTop = y;
    } else if (y + this.rowH > this.scroller.scrollTop + this.scroller.clientHeight) {
      this.scroller.scrollTop = y + this.rowH - this.scroller.clientHeight;
    }
    this._renderRows(false);
    this._row(this.order[to]).firstChild.focus({ preventScroll: true });
  };

  // On a narrow screen the map may be scrolled off: bring it into view before opening.
  Timeline.prototype._mapIntoView = function (reduce) {
    var box = this.map.getContainer().getBoundingClientRect();
    var h = window.innerHeight || document.documentElement.clientHeight;
    if (box.top >= 0 && box.bottom <= h) { return; }
    this.map.getContainer().scrollIntoView({
      block: box.height > h ? 'start' : 'nearest', behavior: reduce ? 'auto' : 'smooth'
    });
  };

  Timeline.prototype._updateSummary = function () {
    var shown = this.runs[this.hi] - this.runs[this.lo];
    var count = this.order.length;
    var located = count - this.unlocatedCount;
    var text;
    if (this.day < 0) {
      text = count + ' photos · ' + located + ' on the map';
    } else {
      text = shown + ' of ' + located + ' photos on the map';
    }
    if (this.unlocatedCount) { text += ' · ' + this.unlocatedCount + ' not located'; }
    if (this.galleryFilter >= 0) {
      var g = this.data.galleries[this.galleryFilter];
      text = (g.short || g.title) + ': ' + text;
    }
    this.summary.textContent = text;
  };
}());
