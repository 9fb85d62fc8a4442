// aleppomap's timeline map: the payload read into typed arrays and indexes.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var SPREAD = am.SPREAD;
  var SPREAD_MAX = am.SPREAD_MAX;

  Timeline.prototype._prepare = function () {
    var d = this.data;
    var places = d.places;
    var markers = d.markers;
    var n = markers.place.length;
    var np = places.x.length;
    var i;
    this.n = n;
    this.days = d.days;
    this.dayIndex = {};
    for (i = 0; i < d.days.length; i++) { this.dayIndex[d.days[i]] = i; }
    this.dayStart = markers.dayStart;

    // Places projected once to Web Mercator in 0..1 (multiply by the zoom's scale).
    this.px = new Float64Array(np);
    this.py = new Float64Array(np);
    var maxLat = 85.0511287798;
    for (i = 0; i < np; i++) {
      var lat = Math.max(-maxLat, Math.min(maxLat, places.y[i])) * Math.PI / 180;
      this.px[i] = places.x[i] / 360 + 0.5;
      this.py[i] = 0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI);
    }
    this.pKind = Int32Array.from(places.kind);

    this.mPlace = markers.place;  // Int32Arrays already (api.js unpacks the page's columns)
    this.mEntry = markers.entry;
    // Slot k sits on a sunflower spiral around its point: evenly spaced, never overlapping.
    this.slotDx = new Float64Array(SPREAD_MAX + 1);
    this.slotDy = new Float64Array(SPREAD_MAX + 1);
    for (i = 1; i <= SPREAD_MAX; i++) {
      var a = i * 2.399963229728653;
      var r = SPREAD * Math.sqrt(i);
      this.slotDx[i] = r * Math.cos(a);
      this.slotDy[i] = r * Math.sin(a);
    }

    // Entries: markers of an entry are contiguous (sorted by day, then entry).
    var ne = d.entries.n.length;
    this.ne = ne;
    this.eFirst = new Int32Array(ne).fill(-1);
    this.eCount = new Int32Array(ne);
    this.runs = new Int32Array(n + 1);   // runs[i]: entries starting before marker i
    for (i = 0; i < n; i++) {
      var k = this.mEntry[i];
      if (this.eFirst[k] < 0) { this.eFirst[k] = i; }
      this.eCount[k]++;
      this.runs[i + 1] = this.runs[i] + (i === 0 || this.mEntry[i - 1] !== k ? 1 : 0);
    }
    this.multi = d.galleries.length > 1;
    this._nameEntries();

    // Arrows (origin marker → destination marker), sorted by their first marker (the page
    // has them so; sorted here only when not).
    var na = d.arrows.length >> 1;
    var from = new Int32Array(na);
    var to = new Int32Array(na);
    var sorted = true;
    for (i = 0; i < na; i++) {
      from[i] = d.arrows[2 * i];
      to[i] = d.arrows[2 * i + 1];
      if (i && (from[i] < from[i - 1] || (from[i] === from[i - 1] && to[i] < to[i - 1]))) {
        sorted = false;
      }
    }
    if (!sorted) {
      var order = Array.from(from.keys()).sort(function (p, q) {
        return from[p] - from[q] || to[p] - to[q];
      });
      from = Int32Array.from(order, function (j) { return d.arrows[2 * j]; });
      to = Int32Array.from(order, function (j) { return d.arrows[2 * j + 1]; });
    }
    this.arrowFrom = from;
    this.arrowTo = to;

    // Drawn positions, spread slots and the hit-test grid, rebuilt at each draw.
    this.sx = new Float32Array(n);
    this.sy = new Float32Array(n);
    this.dslot = new Int32Array(n);
    this.visible = new Int32Array(n);
    this.next = new Int32Array(n);
    // Places at the very same point share one spot: one spiral, one cluster.
    this.pSpot = new Int32Array(np);
    var spots = new Map();
    for (i = 0; i < np; i++) {
      var key = places.x[i] + ',' + places.y[i];
      if (!spots.has(key)) { spots.set(key, spots.size); }
      this.pSpot[i] = spots.get(key);
    }
    this.placeCount = new Int32Array(spots.size);
    this.placeSeen = new Int32Array(spots.size);
    this.drawnStamp = -1;
    this.head = new Int32Array(0);
    this.gridW = 0;
    this.gridLo = 0;
    this.gridHi = 0;
    this.placeStamp = new Int32Array(spots.size);
    this.drawCount = 0;
    // The captions, their spans and the links arrive after the first view (api.js reads
    // them compressed): until then their columns are empty and textsReady is false.
    this.textsReady = false;
  };

  // The name of each entry (this.names[k]: its number; with several galleries
  // "<gallery id>#<number>") and the entry of each name (this.byName[name], for
  // _entryIndex), both answered when asked: a million names, made into an array and an
  // object at once, cost the first view a second. The entries are in gallery order, then by
  // number: a name is found by a binary search.
  Timeline.prototype._nameEntries = function () {
    var ent = this.data.entries;
    var galleries = this.data.galleries;
    var multi = this.multi;
    var ne = ent.n.length;
    var galleryOf = null;
    function find(name) {
      var g = 0;
      var text = name;
      if (multi) {
        var cut = text.lastIndexOf('#');
        if (!galleryOf) {
          galleryOf = new Map();
          galleries.forEach(function (gallery, i) { galleryOf.set(gallery.id, i); });
        }
        if (cut < 0 || !galleryOf.has(text.slice(0, cut))) { return -1; }
        g = galleryOf.get(text.slice(0, cut));
        text = text.slice(cut + 1);
      }
      var n = Number(text);
      if (!/^-?[0-9]+$/.test(text) || String(n) !== text) { return -1; }
      var a = 0;
      var b = ne;
      while (a < b) {
        var mid = (a + b) >> 1;
        if (ent.gallery[mid] < g || (ent.gallery[mid] === g && ent.n[mid] < n)) { a = mid + 1; } else { b = mid; }
      }
      return a < ne && ent.gallery[a] === g && ent.n[a] === n ? a : -1;
    }
    this.names = am.lazyArray(ne, function (k) {
      return multi ? galleries[ent.gallery[k]].id + '#' + ent.n[k] : ent.n[k];
    });
    var index = function (key) { return typeof key === 'string' ? find(key) : -1; };
    this.byName = new Proxy({}, {
      get: function (target, key) {
        var k = index(key);
        return k >= 0 ? k : undefined;
      },
      has: function (target, key) { return index(key) >= 0; },
      getOwnPropertyDescriptor: function (target, key) {
        var k = index(key);
        return k >= 0 ? { value: k, writable: false, enumerable: true, configurable: true }
          : undefined;
      }
    });
  };

  // The compressed columns are read: into the entries, and the rows and the popup shown
  // meanwhile made again with them (the focus kept where it was).
  Timeline.prototype._textsArrived = function (columns) {
    var ent = this.data.entries;
    for (var name in columns) { ent[name] = columns[name]; }
    this.textsReady = true;
    var focused = document.activeElement;
    for (var key in this.rows) {
      var k = Number(key);
      var old = this.rows[key];
      var row = this._makeRow(k);
      this._rowState(row, k);
      this.list.replaceChild(row, old);
      this.rows[key] = row;
      if (focused && old.contains(focused)) { row.firstChild.focus({ preventScroll: true }); }
    }
    if (this.openMarker >= 0 && this.popup && this.popup.isOpen()) {
      var box = this.popup.getElement();
      var had = focused && box && box.contains(focused) && focused.className;
      var content = this._popupContent(this.openMarker);
      this.popup.setContent(content);
      var again = had ? this.popup.getElement().querySelector('.' + had.split(' ')[0]) : null;
      if (again) { again.focus({ preventScroll: true }); }
    }
  };
}());
