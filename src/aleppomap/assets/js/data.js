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
    this.names = new Array(ne);
    this.byName = {};
    for (i = 0; i < ne; i++) {
      var name = this.multi ? d.galleries[d.entries.gallery[i]].id + '#' + d.entries.n[i]
        : d.entries.n[i];
      this.names[i] = name;
      this.byName[String(name)] = i;
    }

    // Arrows (origin marker → destination marker), sorted by their first marker.
    var pairs = [];
    for (i = 0; i + 1 < d.arrows.length; i += 2) { pairs.push([d.arrows[i], d.arrows[i + 1]]); }
    pairs.sort(function (p, q) { return p[0] - q[0] || p[1] - q[1]; });
    this.arrowFrom = Int32Array.from(pairs.map(function (p) { return p[0]; }));
    this.arrowTo = Int32Array.from(pairs.map(function (p) { return p[1]; }));

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
