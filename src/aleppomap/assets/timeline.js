/*
 * aleppomap: the timeline map's own script (inlined in the page by aleppomap.timeline).
 *
 * The page holds the events as compact columns in a <script type="application/json">
 * element, markers sorted by day: a day, or every day up to one, is one contiguous range
 * [lo, hi) of markers. One canvas draws that range; a grid of the drawn positions finds the
 * marker under the pointer; popups are built when opened. Data texts are inserted with
 * textContent and DOM calls only, never as HTML. Day labels come from the ISO strings, never
 * from a Date in local time, so they read the same in every time zone.
 */
(function (L) {
  'use strict';

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  // Marker style per place precision (colour-blind safe hues); anything else draws grey.
  var STYLES = {
    landmark: { r: 5, fill: '#d55e00' },
    neighbourhood: { r: 6, fill: '#0072b2' },
    district: { r: 7, fill: '#009e73' },
    town: { r: 7, fill: '#e69f00' },
    village: { r: 6, fill: '#56b4e9' },
    city: { r: 9, fill: '#cc79a7' }
  };
  var OTHER = { r: 6, fill: '#777777' };
  var CELL = 16;           // grid cell (px) of the hit-test index
  var SPREAD = 11;         // px between markers spread around one point
  var SPREAD_MAX = 12;     // more markers than this at one point draw as a cluster
  var ARROW_LIMIT = 2000;  // more origin-destination arrows than this in range: none drawn
  var LOD_LIMIT = 12000;   // more markers than this in view draw as dots
  var HASH_DELAY = 150;    // ms: the URL fragment follows the state, debounced
  var PLAY_DELAY = 1500;   // ms per day when playing
  var LABEL_LIMIT = 120;   // draw place names when at most this many places are shown

  function dayLabel(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) { return ''; }
    return String(Number(m[3])) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1];
  }

  function shortDay(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) { return 'no date'; }
    return String(Number(m[3])) + ' ' + MONTHS[Number(m[2]) - 1].slice(0, 3) + ' ' + m[1];
  }

  // An http(s) URL, or null: nothing else may become an href or a src.
  function safeUrl(value) {
    if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) { return null; }
    try {
      var u = new URL(value);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null;
    } catch (err) {
      return null;
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function styleOf(kind) {
    return Object.prototype.hasOwnProperty.call(STYLES, kind) ? STYLES[kind] : OTHER;
  }

  function sprite(style, dpr) {
    var size = 2 * style.r + 4;
    var c = document.createElement('canvas');
    c.width = Math.ceil(size * dpr);
    c.height = Math.ceil(size * dpr);
    var ctx = c.getContext('2d');
    ctx.scale(dpr, dpr);
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, style.r, 0, 2 * Math.PI);
    ctx.fillStyle = style.fill;
    ctx.globalAlpha = 0.9;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, style.r + 1, 0, 2 * Math.PI);
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    ctx.stroke();
    return { canvas: c, size: size, half: size / 2 };
  }

  // A canvas in the overlay pane, positioned and zoom-animated by Leaflet's Renderer.
  var PointsCanvas = L.Renderer.extend({
    options: { padding: 0.1 },

    initialize: function (draw, options) {
      L.Renderer.prototype.initialize.call(this, options);
      this._draw = draw;
      this._frame = 0;
    },

    _initContainer: function () {
      this._container = document.createElement('canvas');
      this._container.className = 'am-canvas';
      this._ctx = this._container.getContext('2d');
    },

    _destroyContainer: function () {
      L.Util.cancelAnimFrame(this._frame);
      L.DomUtil.remove(this._container);
      this._container = null;
      this._ctx = null;
    },

    _update: function () {
      if (this._map._animatingZoom && this._bounds) { return; }
      L.Renderer.prototype._update.call(this);
      var b = this._bounds;
      var size = b.getSize();
      var dpr = window.devicePixelRatio || 1;
      var c = this._container;
      L.DomUtil.setPosition(c, b.min);
      c.width = Math.round(dpr * size.x);
      c.height = Math.round(dpr * size.y);
      c.style.width = size.x + 'px';
      c.style.height = size.y + 'px';
      this._dpr = dpr;
      this.redrawNow();
    },

    redrawNow: function () {
      L.Util.cancelAnimFrame(this._frame);
      this._frame = 0;
      if (this._map && this._bounds && this._ctx) {
        this._draw(this._ctx, this._bounds, this._dpr);
      }
    },

    redraw: function () {
      if (!this._frame) {
        this._frame = L.Util.requestAnimFrame(this.redrawNow, this);
      }
    }
  });

  function Timeline(map, data, config) {
    var self = this;
    this.map = map;
    this.id = config.id;
    this.data = data;
    this.mode = config.mode === 'cumulative' ? 'cumulative' : 'day';
    this.day = -1;            // -1: all dates
    this.openMarker = -1;     // the marker whose popup is open
    this.openCluster = -1;    // the place whose list of photos is open
    this.selected = -1;       // the entry marked in the panel
    this.hover = -1;
    this._prepare();
    this._buildCanvas();
    this._buildControls();
    this._buildPanel();
    this._buildLegend();
    this._buildControl();
    this._fit(false);
    this._applyRange();
    if (!this._applyHash(window.location.hash, false)) { this._writeHash(); }
    window.addEventListener('hashchange', function () {
      if (window.location.hash !== self._lastHash) { self._applyHash(window.location.hash, true); }
    });
  }

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

    this.mPlace = Int32Array.from(markers.place);
    this.mEntry = Int32Array.from(markers.entry);
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
  };

  // ------------------------------------------------------------------ drawing

  Timeline.prototype._buildCanvas = function () {
    var self = this;
    this.map.createPane('aleppomapPoints');
    this.map.getPane('aleppomapPoints').style.zIndex = 450;
    this.map.getPane('aleppomapPoints').style.pointerEvents = 'none';
    this.canvas = new PointsCanvas(function (ctx, bounds, dpr) {
      self._draw(ctx, bounds, dpr);
    }, { pane: 'aleppomapPoints' });
    this.sprites = {};
    this.canvas.addTo(this.map);

    this.tooltip = L.tooltip({ direction: 'top', className: 'am-tip', opacity: 1 });
    this.circle = null;
    this.map.on('mousemove', function (e) { self._onHover(e); });
    this.map.on('mouseout', function () { self._setHover(-1); });
    this.map.on('click', function (e) {
      var i = self._hit(e.layerPoint);
      if (i >= 0) { self._openPopup(i, { autoPan: true, cluster: true }); }
    });
    this.map.on('zoomstart', function () { self._setHover(-1); });
  };

  Timeline.prototype._spriteFor = function (kindIndex, dpr) {
    var key = kindIndex + '@' + dpr;
    if (!this.sprites[key]) {
      this.sprites[key] = sprite(styleOf(this.data.kinds[kindIndex]), dpr);
    }
    return this.sprites[key];
  };

  // Draw the markers of [lo, hi). Markers sharing a point are spread on a small spiral; more
  // than SPREAD_MAX at one point draw as one cluster with its count. When more than
  // LOD_LIMIT markers are in view they are drawn as dots straight into the pixel buffer.
  Timeline.prototype._draw = function (ctx, bounds, dpr) {
    var map = this.map;
    var size = bounds.getSize();
    var w = size.x;
    var h = size.y;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var scale = map.options.crs.scale(map.getZoom());
    var origin = map.getPixelOrigin();
    var offX = origin.x + bounds.min.x;
    var offY = origin.y + bounds.min.y;
    var lo = this.lo;
    var hi = this.hi;
    var px = this.px;
    var py = this.py;
    var mPlace = this.mPlace;
    var sx = this.sx;
    var sy = this.sy;
    var dslot = this.dslot;
    var next = this.next;
    var count = this.placeCount;
    var seen = this.placeSeen;
    var placeStamp = this.placeStamp;
    var spot = this.pSpot;
    var i;
    var p;
    var c;

    this.drawCount++;
    var stamp = this.drawCount;
    // Pass 1: how many markers of the range sit at each place.
    for (i = lo; i < hi; i++) {
      p = mPlace[i];
      var q = spot[p];
      if (placeStamp[q] !== stamp) { placeStamp[q] = stamp; count[q] = 0; seen[q] = 0; }
      count[q]++;
    }

    // The grid covers the canvas with one cell of margin on each side.
    var gw = Math.ceil(w / CELL) + 2;
    var gh = Math.ceil(h / CELL) + 2;
    if (this.head.length < gw * gh) { this.head = new Int32Array(gw * gh); }
    var head = this.head;
    head.fill(-1, 0, gw * gh);
    this.gridW = gw;
    this.gridH = gh;
    this.gridLo = lo;
    this.gridHi = hi;

    // Pass 2: positions, culling, the grid; a cluster once per crowded place.
    var visible = this.visible;
    var nv = 0;
    var clusters = [];
    var labelPlaces = [];
    var pad = 24;
    var cell;
    for (i = lo; i < hi; i++) {
      p = mPlace[i];
      c = count[spot[p]];
      var x = px[p] * scale - offX;
      var y = py[p] * scale - offY;
      var s = seen[spot[p]]++;
      if (s === 0 && x >= -pad && y >= -pad && x <= w + pad && y <= h + pad) {
        if (labelPlaces.length <= LABEL_LIMIT) { labelPlaces.push(p); }
        if (c > SPREAD_MAX) {
          clusters.push(i);
          cell = (Math.floor(y / CELL) + 1) * gw + Math.floor(x / CELL) + 1;
          next[i] = head[cell];
          head[cell] = i;
        }
      }
      if (c > SPREAD_MAX) {
        dslot[i] = 0;
        sx[i] = x;
        sy[i] = y;
        continue;
      }
      dslot[i] = s;
      if (s) { x += this.slotDx[s]; y += this.slotDy[s]; }
      sx[i] = x;
      sy[i] = y;
      if (x < -pad || y < -pad || x > w + pad || y > h + pad) { continue; }
      cell = (Math.floor(y / CELL) + 1) * gw + Math.floor(x / CELL) + 1;
      next[i] = head[cell];
      head[cell] = i;
      visible[nv++] = i;
    }
    this.nVisible = nv;
    this.drawnStamp = stamp;

    var dots = nv > LOD_LIMIT;
    if (dots) { this._drawDots(ctx, visible, nv, dpr); }
    this._drawArrows(ctx, lo, hi);
    if (!dots) {
      var kinds = this.data.kinds.length;
      var sprites = new Array(kinds);
      for (i = 0; i < kinds; i++) { sprites[i] = this._spriteFor(i, dpr); }
      var pKind = this.pKind;
      for (var j = 0; j < nv; j++) {
        i = visible[j];
        var sp = sprites[pKind[mPlace[i]]];
        ctx.drawImage(sp.canvas, Math.round(sx[i] - sp.half), Math.round(sy[i] - sp.half),
          sp.size, sp.size);
      }
    }
    this._drawClusters(ctx, clusters, dpr);
    if (labelPlaces.length <= LABEL_LIMIT) {
      this._drawLabels(ctx, labelPlaces, scale, offX, offY, w, h);
    }
    this._drawRings(ctx);
    this._movePopup();
  };

  // Many markers: small dots written straight into the canvas's pixel buffer.
  Timeline.prototype._drawDots = function (ctx, visible, nv, dpr) {
    var cw = ctx.canvas.width;
    var ch = ctx.canvas.height;
    if (!this.pixels || this.pixels.width !== cw || this.pixels.height !== ch) {
      this.pixels = ctx.createImageData(cw, ch);
      this.pixels32 = new Uint32Array(this.pixels.data.buffer);
    }
    var buf = this.pixels32;
    buf.fill(0);
    var colours = this._dotColours();
    var pKind = this.pKind;
    var mPlace = this.mPlace;
    var sx = this.sx;
    var sy = this.sy;
    var r = Math.max(1, Math.round(1.5 * dpr));
    for (var j = 0; j < nv; j++) {
      var i = visible[j];
      var x = Math.round(sx[i] * dpr);
      var y = Math.round(sy[i] * dpr);
      var colour = colours[pKind[mPlace[i]]];
      var y0 = Math.max(0, y - r);
      var y1 = Math.min(ch - 1, y + r);
      var x0 = Math.max(0, x - r);
      var x1 = Math.min(cw - 1, x + r);
      for (var yy = y0; yy <= y1; yy++) {
        var row = yy * cw;
        for (var xx = x0; xx <= x1; xx++) { buf[row + xx] = colour; }
      }
    }
    ctx.putImageData(this.pixels, 0, 0);
  };

  Timeline.prototype._dotColours = function () {
    if (!this.colours) {
      // RGBA bytes in memory order, read as one 32-bit word of the machine's byte order.
      var little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
      this.colours = this.data.kinds.map(function (kind) {
        var hex = styleOf(kind).fill;
        var r = parseInt(hex.slice(1, 3), 16);
        var g = parseInt(hex.slice(3, 5), 16);
        var b = parseInt(hex.slice(5, 7), 16);
        return little ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0
          : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
      });
    }
    return this.colours;
  };

  // A place with many markers in view: one disc with their count (drawn once, then cached).
  Timeline.prototype._drawClusters = function (ctx, clusters, dpr) {
    for (var j = 0; j < clusters.length; j++) {
      var i = clusters[j];
      var p = this.mPlace[i];
      var sp = this._clusterSprite(this.pKind[p], this.placeCount[this.pSpot[p]], dpr);
      ctx.drawImage(sp.canvas, Math.round(this.sx[i] - sp.half), Math.round(this.sy[i] - sp.half),
        sp.size, sp.size);
    }
  };

  Timeline.prototype._clusterSprite = function (kindIndex, n, dpr) {
    var text = n > 9999 ? Math.round(n / 1000) + 'k' : String(n);
    var key = kindIndex + '|' + text + '@' + dpr;
    var cache = this.clusterSprites || (this.clusterSprites = new Map());
    var hit = cache.get(key);
    if (hit) { return hit; }
    if (cache.size > 4096) { cache.clear(); }
    var r = clusterRadius(n);
    var size = Math.ceil(2 * r + 4);
    var c = document.createElement('canvas');
    c.width = Math.ceil(size * dpr);
    c.height = Math.ceil(size * dpr);
    var ctx = c.getContext('2d');
    ctx.scale(dpr, dpr);
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, r, 0, 2 * Math.PI);
    ctx.fillStyle = styleOf(this.data.kinds[kindIndex]).fill;
    ctx.globalAlpha = 0.9;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = '700 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    ctx.fillText(text, size / 2, size / 2 + 0.5);
    hit = { canvas: c, size: size, half: size / 2 };
    cache.set(key, hit);
    return hit;
  };

  function clusterRadius(n) {
    return Math.min(24, 10 + 4 * Math.log(n) / Math.LN10);
  }

  // Whether marker i was drawn inside its place's cluster at the last draw.
  Timeline.prototype._clustered = function (i) {
    var p = this.mPlace[i];
    var q = this.pSpot[p];
    return this.placeStamp[q] === this.drawnStamp && this.placeCount[q] > SPREAD_MAX;
  };

  // The drawn radius of marker i (its cluster's when clustered).
  Timeline.prototype._radius = function (i) {
    if (this._clustered(i)) { return clusterRadius(this.placeCount[this.pSpot[this.mPlace[i]]]); }
    return styleOf(this.data.kinds[this.pKind[this.mPlace[i]]]).r;
  };

  // The pixel offset of marker i from its place's point (spread slot), at the last draw.
  Timeline.prototype._offset = function (i) {
    var s = this.dslot[i];
    return [this.slotDx[s] || 0, this.slotDy[s] || 0];
  };

  Timeline.prototype._drawArrows = function (ctx, lo, hi) {
    var from = this.arrowFrom;
    var to = this.arrowTo;
    if (!from.length) { return; }
    // First arrow whose origin marker is in the range (binary search).
    var a = 0;
    var b = from.length;
    while (a < b) {
      var mid = (a + b) >> 1;
      if (from[mid] < lo) { a = mid + 1; } else { b = mid; }
    }
    // Too many arrows to read (thousands of moves in a cumulative range, drawn into a few
    // clusters) cost a frame or more to stroke: draw none beyond ARROW_LIMIT.
    var e = a;
    b = from.length;
    while (e < b) {
      var m2 = (e + b) >> 1;
      if (from[m2] < hi) { e = m2 + 1; } else { b = m2; }
    }
    if (e - a > ARROW_LIMIT) { return; }
    ctx.save();
    ctx.strokeStyle = 'rgba(34,34,34,0.85)';
    ctx.fillStyle = 'rgba(34,34,34,0.85)';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    for (var j = a; j < from.length && from[j] < hi; j++) {
      var i0 = from[j];
      var i1 = to[j];
      var dx = this.sx[i1] - this.sx[i0];
      var dy = this.sy[i1] - this.sy[i0];
      var len = Math.sqrt(dx * dx + dy * dy);
      if (len < 16) { continue; }
      var ux = dx / len;
      var uy = dy / len;
      var r0 = this._radius(i0) + 2;
      var r1 = this._radius(i1) + 3;
      var tipX = this.sx[i1] - ux * r1;
      var tipY = this.sy[i1] - uy * r1;
      ctx.beginPath();
      ctx.moveTo(this.sx[i0] + ux * r0, this.sy[i0] + uy * r0);
      ctx.lineTo(tipX - ux * 8, tipY - uy * 8);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(tipX, tipY);
      ctx.lineTo(tipX - ux * 10 - uy * 5, tipY - uy * 10 + ux * 5);
      ctx.lineTo(tipX - ux * 10 + uy * 5, tipY - uy * 10 - ux * 5);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  };

  Timeline.prototype._drawLabels = function (ctx, places, scale, offX, offY, w, h) {
    if (this.map.getZoom() < 12 || !places.length) { return; }
    var names = this.data.places.name;
    var boxes = [];
    ctx.save();
    ctx.font = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.fillStyle = '#1d2733';
    for (var j = 0; j < places.length; j++) {
      var p = places[j];
      var x = this.px[p] * scale - offX + styleOf(this.data.kinds[this.pKind[p]]).r + 5;
      var y = this.py[p] * scale - offY;
      var text = names[p];
      var tw = ctx.measureText(text).width;
      if (x > w || y < 0 || y > h) { continue; }
      var box = [x - 1, y - 8, x + tw + 1, y + 8];
      var clash = false;
      for (var b = 0; b < boxes.length && !clash; b++) {
        var o = boxes[b];
        clash = box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1];
      }
      if (clash) { continue; }
      boxes.push(box);
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    }
    ctx.restore();
  };

  // A ring around the markers of the selected entry and around the hovered marker.
  Timeline.prototype._drawRings = function (ctx) {
    var rings = [];
    var k = this.selected;
    if (k >= 0 && this.eFirst[k] >= 0) {
      for (var i = this.eFirst[k]; i < this.eFirst[k] + this.eCount[k]; i++) {
        if (i >= this.lo && i < this.hi) { rings.push(i); }
      }
    }
    if (this.hover >= 0) { rings.push(this.hover); }
    ctx.save();
    for (var j = 0; j < rings.length; j++) {
      var m = rings[j];
      ctx.beginPath();
      ctx.arc(this.sx[m], this.sy[m], this._radius(m) + 4, 0, 2 * Math.PI);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = m === this.hover ? '#111111' : '#ffd400';
      ctx.stroke();
    }
    ctx.restore();
  };

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
    this._setHover(this._hit(e.layerPoint));
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
    box.appendChild(el('strong', null, places.name[p]));
    var unc = places.unc[p];
    var line = (kind || 'place') + (unc ? ' · within ' + distance(unc) : '');
    box.appendChild(el('div', 'am-tip-kind', line));
    var clustered = this._clustered(i);
    box.appendChild(el('div', 'am-tip-entry', clustered
      ? this.placeCount[this.pSpot[p]] + ' photos here: click for the list'
      : 'Photo ' + this.names[this.mEntry[i]]));
    var off = this._offset(i);
    this.tooltip.options.offset = L.point(off[0], off[1] - this._radius(i) - 2);
    this.tooltip.setLatLng(latlng).setContent(box);
    this.map.openTooltip(this.tooltip);
    if (unc) {
      this.circle = L.circle(latlng, {
        radius: unc, interactive: false, color: styleOf(kind).fill, weight: 1.5,
        fillOpacity: 0.12, dashArray: '4 3'
      }).addTo(this.map);
    }
    this.canvas.redraw();
  };

  function distance(metres) {
    if (metres >= 1000) { return (Math.round(metres / 100) / 10) + ' km'; }
    return Math.round(metres) + ' m';
  }

  // ------------------------------------------------------------------ popups

  Timeline.prototype._popupContent = function (i) {
    var self = this;
    var d = this.data;
    var ent = d.entries;
    var k = this.mEntry[i];
    var here = this.mPlace[i];
    var root = el('div', 'am-popup');
    var title = el('h3', 'am-popup-title', 'Photo ' + ent.n[k]);
    root.appendChild(title);
    if (this.multi) {
      root.appendChild(el('p', 'am-popup-gallery', d.galleries[ent.gallery[k]].title ||
        d.galleries[ent.gallery[k]].id));
    }
    root.appendChild(el('p', 'am-popup-date', dateLine(ent.date[k], d.datePrecisions[ent.datePrecision[k]])));

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
        li.appendChild(el('q', null, matched));
        li.appendChild(document.createTextNode(' — '));
      }
      li.appendChild(el('span', 'am-place-name', about));
      var kind = d.kinds[d.places.kind[pi]];
      li.appendChild(document.createTextNode((kind ? ', ' + kind : '') +
        (d.places.unc[pi] ? ', within ' + distance(d.places.unc[pi]) : '')));
      if (pi === here) { li.setAttribute('aria-current', 'true'); }
      list.appendChild(li);
    }
    root.appendChild(list);

    var image = safeUrl(ent.image[k]);
    if (image) {
      var img = el('img', 'am-popup-image');
      img.alt = 'Photo ' + ent.n[k];
      img.loading = 'lazy';
      img.referrerPolicy = 'no-referrer';
      img.src = image;
      root.appendChild(img);
    }
    root.appendChild(captionNode(ent.caption[k], ent.spans[k]));
    if (ent.credit[k]) { root.appendChild(el('p', 'am-popup-credit', ent.credit[k])); }
    var actions = el('p', 'am-popup-actions');
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
    var p = el('p', 'am-popup-caption');
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

  Timeline.prototype._showPopup = function (latlng, content, offset, autoPan) {
    if (this.popup) {
      this.popup.off('remove', this._onPopupRemove, this);
      this.map.closePopup(this.popup);
    }
    this.popup = L.popup({
      maxWidth: 340, minWidth: 240, maxHeight: 340, autoPan: autoPan,
      autoPanPadding: L.point(24, 24), className: 'am-leaflet-popup', offset: offset
    });
    this.popup.setLatLng(latlng).setContent(content);
    this.popup.on('remove', this._onPopupRemove, this);
    this.popup.openOn(this.map);
  };

  Timeline.prototype._onPopupRemove = function (e) {
    if (e.target === this.popup) {
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
      this.openMarker = -1;
      this.openCluster = p;
      this._writeHashSoon();
      return;
    }
    this._showPopup(latlng, this._popupContent(i), this._popupOffset(i), !!options.autoPan);
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
    var root = el('div', 'am-popup am-cluster');
    var count = this.placeCount[this.pSpot[p]];
    root.appendChild(el('h3', 'am-popup-title', this.data.places.name[p]));
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
      var b = el('button', 'am-cluster-entry', 'Photo ' + this.names[k] + ' · ' +
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
    return root;
  };

  // ------------------------------------------------------------------ the control layer

  // Who held each place, from the captions' control statements (aleppomap.control). The
  // layer's days are the statements' days: the controller on a slider day is the one of the
  // last statement day up to it ("All dates": the latest). Each place carries its changes,
  // [day, controller, statement] (statement -1: none), in day order.
  var CONTROL_FILL = 0.38;
  var CONTROL_FILL_APPROX = 0.14;
  // Short names of the controllers for the popup's statement lines (the legend has the long).
  var CONTROL_SHORT = {
    government: 'government', rebels: 'rebels', islamic_state: 'Islamic State',
    kurdish: 'Kurdish forces', contested: 'contested', unknown: 'unknown'
  };

  function controlShort(controller) {
    return Object.prototype.hasOwnProperty.call(CONTROL_SHORT, controller)
      ? CONTROL_SHORT[controller] : controller;
  }
  var CONTROL_FILL_UNKNOWN = 0.1;
  var CONTROL_LIST_LIMIT = 200;   // statements listed in a popup

  Timeline.prototype._buildControl = function () {
    var self = this;
    var c = this.data.control;
    this.controlLayer = null;
    this.openControl = -1;
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
      var layer = L.geoJSON(place.geometry, {
        renderer: renderer,
        pane: 'aleppomapControl',
        className: place.approximate ? 'am-control-area am-approximate' : 'am-control-area',
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
      this.cLayers[p].setStyle({
        color: color,
        weight: approx ? 1.5 : 2,
        opacity: unknown ? 0.6 : 0.9,
        dashArray: approx ? '5 4' : null,
        fillColor: color,
        fillOpacity: unknown ? CONTROL_FILL_UNKNOWN : (approx ? CONTROL_FILL_APPROX : CONTROL_FILL)
      });
    }
    if (this.openControl >= 0 && this.popup && this.popup.isOpen()) {
      var content = this._controlContent(this.openControl);
      this.popup.setContent(content);
    }
  };

  Timeline.prototype._onControlClick = function (p, e) {
    // A marker drawn over the area wins: the map's own click handler opens it.
    if (this._hit(e.layerPoint) >= 0) { return; }
    this._openControl(p, e.latlng);
  };

  Timeline.prototype._openControl = function (p, latlng) {
    this._showPopup(latlng, this._controlContent(p), L.point(0, 0), true);
    this.openMarker = -1;
    this.openCluster = -1;
    this.openControl = p;
    this._writeHashSoon();
  };

  Timeline.prototype._controlLabel = function (controller) {
    return Object.prototype.hasOwnProperty.call(this.cLabel, controller)
      ? this.cLabel[controller] : controller;
  };

  // The popup of place p: its controller on the slider's day, then every statement about it.
  Timeline.prototype._controlContent = function (p) {
    var self = this;
    var c = this.data.control;
    var place = c.places[p];
    var k = this._controlDay();
    var state = this._controlState(p, k);
    var root = el('div', 'am-popup am-control-popup');
    // A click in the popup stays in it: reaching the map, it would close the photo's popup
    // that an evidence button has just opened.
    L.DomEvent.disableClickPropagation(root);
    root.appendChild(el('h3', 'am-popup-title', place.name));
    var when = this.day < 0 ? 'latest known' : 'on ' + dayLabel(this.days[this.day]);
    var line = el('p', 'am-popup-date');
    var sw = el('span', 'am-control-swatch');
    sw.style.background = this._controlColor(state[0]);
    line.appendChild(sw);
    line.appendChild(document.createTextNode(
      (state[0] === 'unknown' ? 'Controller unknown' : this._controlLabel(state[0])) +
      ' (' + when + ')'));
    root.appendChild(line);
    if (place.approximate) {
      root.appendChild(el('p', 'am-popup-credit', 'Approximate area: within ' +
        distance(place.radius_m || 0) + ' of its point (no outline in the gazetteer).'));
    }
    var list = el('ul', 'am-control-list');
    var statements = place.statements;
    var iso = k >= 0 ? c.days[k] : '';
    for (var j = 0; j < statements.length && j < CONTROL_LIST_LIMIT; j++) {
      var s = statements[j];
      var cls = j === state[1] ? 'am-control-current' : (s.date > iso || !s.date ? 'am-control-later' : null);
      var li = el('li', cls);
      var b = el('button', 'am-control-entry', 'Photo ' + (this.multi ? s.gallery + '#' + s.entry : s.entry));
      b.type = 'button';
      b.setAttribute('data-s', String(j));
      li.appendChild(b);
      li.appendChild(document.createTextNode(' ' + shortDay(s.date) + ' · ' +
        controlShort(s.controller) + ' · ' + s.action +
        (s.from_controller ? ' (from ' + controlShort(s.from_controller) + ')' : '')));
      li.appendChild(el('q', 'am-control-evidence', s.evidence));
      if (j === state[1]) { li.setAttribute('aria-current', 'true'); }
      list.appendChild(li);
    }
    list.addEventListener('click', function (e) {
      var btn = e.target.closest ? e.target.closest('button.am-control-entry') : null;
      if (!btn) { return; }
      var st = statements[Number(btn.getAttribute('data-s'))];
      var name = self.multi ? st.gallery + '#' + st.entry : st.entry;
      var entry = self._entryIndex(name);
      if (entry >= 0) { self._openEntry(entry, { animate: true, focusRow: false }); }
    });
    root.appendChild(list);
    if (statements.length > CONTROL_LIST_LIMIT) {
      root.appendChild(el('p', 'am-popup-credit', (statements.length - CONTROL_LIST_LIMIT) +
        ' more statements: see the control table'));
    }
    root.appendChild(el('p', 'am-popup-credit',
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
    label.appendChild(document.createTextNode(' Who held each place (from the captions)'));
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
      li2.appendChild(el('span', 'am-control-swatch am-control-swatch-approx'));
      li2.appendChild(el('span', null, 'approximate area (around a point)'));
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

  // ------------------------------------------------------------------ state

  Timeline.prototype._range = function (day, mode) {
    if (day < 0) { return [0, this.n]; }
    var start = this.dayStart;
    return mode === 'cumulative' ? [0, start[day + 1]] : [start[day], start[day + 1]];
  };

  Timeline.prototype._applyRange = function () {
    var r = this._range(this.day, this.mode);
    this.lo = r[0];
    this.hi = r[1];
    if ((this.openMarker >= 0 && (this.openMarker < this.lo || this.openMarker >= this.hi)) ||
        this.openCluster >= 0) {
      this.map.closePopup(this.popup);
      this.openMarker = -1;
      this.openCluster = -1;
    }
    this._setHover(-1);
    this.slider.value = String(this.day + 1);
    var label = this.day < 0 ? 'All dates' : dayLabel(this.days[this.day]);
    if (this.day >= 0 && this.mode === 'cumulative') { label = 'Up to ' + label; }
    this.label.textContent = label;
    this.slider.setAttribute('aria-valuetext', label);
    this.prevButton.disabled = this.days.length === 0;
    this.nextButton.disabled = this.days.length === 0;
    this.canvas.redraw();
    this._styleControl();
    this._renderRows(true);
    this._updateSummary();
    this._writeHashSoon();
  };

  Timeline.prototype.setDate = function (iso) {
    var day;
    if (iso === null || iso === undefined || iso === '') {
      day = -1;
    } else if (Object.prototype.hasOwnProperty.call(this.dayIndex, iso)) {
      day = this.dayIndex[iso];
    } else {
      return false;
    }
    this.day = day;
    this._applyRange();
    return true;
  };

  Timeline.prototype.setMode = function (mode) {
    if (mode !== 'day' && mode !== 'cumulative') { return false; }
    this.mode = mode;
    var radios = this.modeInputs;
    for (var i = 0; i < radios.length; i++) { radios[i].checked = radios[i].value === mode; }
    this._applyRange();
    return true;
  };

  Timeline.prototype.visibleEntries = function () {
    var out = [];
    for (var i = this.lo; i < this.hi; i++) {
      if (i === this.lo || this.mEntry[i] !== this.mEntry[i - 1]) { out.push(this.mEntry[i]); }
    }
    out.sort(function (a, b) { return a - b; });
    var names = this.names;
    return out.map(function (k) { return names[k]; });
  };

  // The markers drawn in view at the last draw, with their position in the map's container.
  Timeline.prototype.markersInView = function () {
    this.canvas.redrawNow();
    var b = this.canvas._bounds;
    var out = [];
    for (var j = 0; j < this.nVisible; j++) {
      var i = this.visible[j];
      var pt = this.map.layerPointToContainerPoint(L.point(this.sx[i] + b.min.x, this.sy[i] + b.min.y));
      out.push({ entry: this.names[this.mEntry[i]], place: this.data.places.name[this.mPlace[i]],
        x: pt.x, y: pt.y });
    }
    return out;
  };

  Timeline.prototype._entryIndex = function (name) {
    if (name === null || name === undefined) { return -1; }
    var key = String(name);
    return Object.prototype.hasOwnProperty.call(this.byName, key) ? this.byName[key] : -1;
  };

  // Show entry k: its day on the slider, the map on it, its popup open, its row marked.
  Timeline.prototype._openEntry = function (k, options) {
    var first = this.eFirst[k];
    if (first < 0) {
      if (this.popup) { this.map.closePopup(this.popup); }
      this._select(k, true, options.focusRow);
      this._writeHashSoon();
      return true;
    }
    if (!options.keepDate || first < this.lo || first >= this.hi) {
      this.day = this.data.entries.day[k];
      this._applyRange();
    }
    var p = this.mPlace[first];
    var latlng = L.latLng(this.data.places.y[p], this.data.places.x[p]);
    var zoom = Math.max(this.map.getZoom(), Math.min(14, this.map.getMaxZoom()));
    var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (options.animate && !reduce) {
      this.map.flyTo(latlng, zoom, { duration: 0.8 });
    } else {
      this.map.setView(latlng, zoom, { animate: false });
    }
    this._openPopup(first, { autoPan: false });
    if (options.focusRow) { this._select(k, true, false); }
    return true;
  };

  Timeline.prototype.openEntry = function (name) {
    var k = this._entryIndex(name);
    if (k < 0) { return false; }
    return this._openEntry(k, { animate: true });
  };

  // ------------------------------------------------------------------ controls

  Timeline.prototype._buildControls = function () {
    var self = this;
    var bar = document.getElementById(this.id + '-time');
    this.slider = bar.querySelector('.am-slider');
    this.label = bar.querySelector('.am-label');
    this.playButton = bar.querySelector('.am-play');
    this.prevButton = bar.querySelector('.am-prev');
    this.nextButton = bar.querySelector('.am-next');
    this.modeInputs = bar.querySelectorAll('.am-mode input');
    this.slider.max = String(this.days.length);
    this.slider.addEventListener('input', function () {
      var v = Number(self.slider.value);
      self.setDate(v > 0 ? self.days[v - 1] : null);
    });
    this.prevButton.addEventListener('click', function () { self.step(-1); });
    this.nextButton.addEventListener('click', function () { self.step(1); });
    this.playButton.addEventListener('click', function () {
      if (self.timer) { self.pause(); } else { self.play(); }
    });
    for (var i = 0; i < this.modeInputs.length; i++) {
      this.modeInputs[i].checked = this.modeInputs[i].value === this.mode;
      this.modeInputs[i].addEventListener('change', function (e) {
        if (e.target.checked) { self.setMode(e.target.value); }
      });
    }
    if (!this.days.length) {
      this.playButton.disabled = true;
      this.slider.disabled = true;
    }
  };

  Timeline.prototype.step = function (delta) {
    var n = this.days.length;
    if (!n) { return; }
    var day = this.day < 0 ? (delta > 0 ? 0 : n - 1) : (this.day + delta + n) % n;
    this.setDate(this.days[day]);
  };

  Timeline.prototype.play = function () {
    var self = this;
    if (this.timer || !this.days.length) { return; }
    if (this.day < 0 || this.day === this.days.length - 1) {
      this.setDate(this.days[0]);
    } else {
      this.step(1);
    }
    this.timer = window.setInterval(function () {
      if (self.day >= self.days.length - 1) { self.pause(); } else { self.step(1); }
    }, PLAY_DELAY);
    this.playButton.textContent = 'Pause';
    this.playButton.setAttribute('aria-pressed', 'true');
  };

  Timeline.prototype.pause = function () {
    if (this.timer) { window.clearInterval(this.timer); }
    this.timer = 0;
    this.playButton.textContent = 'Play';
    this.playButton.setAttribute('aria-pressed', 'false');
  };

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
      'How precisely each place is known. Hover a point for its uncertainty.'));
  };

  Timeline.prototype._fit = function (animate) {
    var b = this.data.bounds;
    if (!b) { return; }
    var bounds = L.latLngBounds(b[0], b[1]);
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
      this.map.setView(bounds.getCenter(), 14, { animate: animate });
    } else {
      this.map.fitBounds(bounds, {
        paddingTopLeft: L.point(56, 64), paddingBottomRight: L.point(64, 36),
        maxZoom: 15, animate: animate
      });
    }
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
    this.list.style.height = (this.ne * this.rowH) + 'px';
    this.rows = {};
    var unlocated = 0;
    for (var k = 0; k < this.ne; k++) { if (this.eFirst[k] < 0) { unlocated++; } }
    this.unlocatedCount = unlocated;
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
    if (window.ResizeObserver) {
      new ResizeObserver(function () { self._renderRows(false); }).observe(this.scroller);
    }
  };

  Timeline.prototype._rowText = function (k) {
    var d = this.data;
    var ent = d.entries;
    var parts = [];
    var mentions = ent.places[k];
    for (var j = 0; j < mentions.length; j++) {
      var role = d.roles[mentions[j][2]];
      var name = d.places.name[mentions[j][0]];
      parts.push(role === 'destination' && j > 0 ? '→ ' + name : name);
    }
    return parts.join(' · ').replace(/ · →/g, ' →');
  };

  Timeline.prototype._makeRow = function (k) {
    var d = this.data;
    var ent = d.entries;
    var li = el('li', 'am-row');
    li.style.top = (k * this.rowH) + 'px';
    li.setAttribute('aria-setsize', String(this.ne));
    li.setAttribute('aria-posinset', String(k + 1));
    var b = el('button', 'am-entry');
    b.type = 'button';
    b.setAttribute('data-k', String(k));
    var top = el('span', 'am-row-top');
    top.appendChild(el('span', 'am-row-n', 'Photo ' + this.names[k]));
    top.appendChild(el('span', 'am-row-date', shortDay(ent.date[k])));
    b.appendChild(top);
    if (this.eFirst[k] < 0) {
      b.appendChild(el('span', 'am-row-places am-row-reason',
        'Not located: ' + (ent.reason[k] || 'no place')));
    } else {
      b.appendChild(el('span', 'am-row-places', this._rowText(k)));
    }
    b.appendChild(el('span', 'am-row-caption', ent.caption[k] || 'No caption'));
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
    var a = Math.max(0, Math.floor(top / this.rowH) - 6);
    var b = Math.min(this.ne, Math.ceil((top + height) / this.rowH) + 6);
    var keep = {};
    var k;
    for (k = a; k < b; k++) { keep[k] = true; }
    if (this.selected >= 0) { keep[this.selected] = true; }
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
    var old = this.selected;
    this.selected = k;
    if (old >= 0 && this.rows[old]) { this._rowState(this.rows[old], old); }
    if (scroll) {
      var y = k * this.rowH;
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
    var k = Number(button.getAttribute('data-k'));
    var page = Math.max(1, Math.floor(this.scroller.clientHeight / this.rowH) - 1);
    var to = k;
    if (e.key === 'ArrowDown') { to = k + 1; } else if (e.key === 'ArrowUp') { to = k - 1; }
    else if (e.key === 'PageDown') { to = k + page; } else if (e.key === 'PageUp') { to = k - page; }
    else if (e.key === 'Home') { to = 0; } else if (e.key === 'End') { to = this.ne - 1; }
    else { return; }
    e.preventDefault();
    to = Math.max(0, Math.min(this.ne - 1, to));
    var y = to * this.rowH;
    if (y < this.scroller.scrollTop) {
      this.scroller.scrollTop = y;
    } else if (y + this.rowH > this.scroller.scrollTop + this.scroller.clientHeight) {
      this.scroller.scrollTop = y + this.rowH - this.scroller.clientHeight;
    }
    this._renderRows(false);
    this._row(to).firstChild.focus({ preventScroll: true });
  };

  Timeline.prototype._updateSummary = function () {
    var shown = this.runs[this.hi] - this.runs[this.lo];
    var located = this.ne - this.unlocatedCount;
    var text;
    if (this.day < 0) {
      text = this.ne + ' photos · ' + located + ' on the map';
    } else {
      text = shown + ' of ' + located + ' photos on the map';
    }
    if (this.unlocatedCount) { text += ' · ' + this.unlocatedCount + ' not located'; }
    this.summary.textContent = text;
  };

  // ------------------------------------------------------------------ the URL fragment

  Timeline.prototype._hashText = function () {
    var parts = [];
    var k = this.openMarker >= 0 ? this.mEntry[this.openMarker] : -1;
    if (k < 0 && this.selected >= 0 && this.eFirst[this.selected] < 0) { k = this.selected; }
    var entryDay = k >= 0 ? this.data.entries.day[k] : -2;
    var onMap = k >= 0 && this.eFirst[k] >= 0;
    if (onMap && entryDay !== this.day) {
      parts.push('date=' + (this.day < 0 ? 'all' : this.days[this.day]));
    } else if (!onMap && this.day >= 0) {
      parts.push('date=' + this.days[this.day]);
    }
    if (k >= 0) { parts.push('entry=' + encodeURIComponent(String(this.names[k]))); }
    if (this.mode === 'cumulative') { parts.push('mode=cumulative'); }
    return parts.length ? '#' + parts.join('&') : '';
  };

  Timeline.prototype._writeHashSoon = function () {
    var self = this;
    if (this.hashTimer) { return; }
    this.hashTimer = window.setTimeout(function () {
      self.hashTimer = 0;
      self._writeHash();
    }, HASH_DELAY);
  };

  Timeline.prototype._writeHash = function () {
    var text = this._hashText();
    var current = window.location.hash;
    if ((current || '') === text || (!text && current === '#')) { this._lastHash = current; return; }
    this._lastHash = text;
    var url = window.location.href.split('#')[0] + text;
    try {
      window.history.replaceState(window.history.state, '', text ? url : url.split('#')[0]);
    } catch (err) {
      // about:srcdoc (Jupyter) and some file: contexts refuse: the state still works.
    }
  };

  // Parse "#date=…&entry=…&mode=…"; anything malformed gives null.
  Timeline.prototype._parseHash = function (hash) {
    var text = (hash || '').replace(/^#/, '');
    var out = { date: null, entry: -1, mode: null };
    if (!text) { return out; }
    var seen = {};
    var parts = text.split('&');
    for (var i = 0; i < parts.length; i++) {
      var m = /^(date|entry|mode)=(.+)$/.exec(parts[i]);
      if (!m || seen[m[1]]) { return null; }
      seen[m[1]] = true;
      var value;
      try { value = decodeURIComponent(m[2]); } catch (err) { return null; }
      if (m[1] === 'date') {
        if (value !== 'all' && !Object.prototype.hasOwnProperty.call(this.dayIndex, value)) {
          return null;
        }
        out.date = value;
      } else if (m[1] === 'entry') {
        out.entry = this._entryIndex(value);
        if (out.entry < 0) { return null; }
      } else {
        if (value !== 'day' && value !== 'cumulative') { return null; }
        out.mode = value;
      }
    }
    return out;
  };

  // Restore the view a fragment names; a malformed one gives the opening view.
  Timeline.prototype._applyHash = function (hash, animate) {
    var state = this._parseHash(hash);
    if (state && state.entry >= 0 && state.date !== null && this.eFirst[state.entry] >= 0) {
      var r = this._range(state.date === 'all' ? -1 : this.dayIndex[state.date], state.mode || 'day');
      var first = this.eFirst[state.entry];
      if (first < r[0] || first >= r[1]) { state = null; }
    }
    if (!state) {
      this.pause();
      if (this.popup) { this.map.closePopup(this.popup); }
      this.mode = 'day';
      this.setMode('day');
      this.setDate(null);
      this._fit(animate);
      this._lastHash = '';
      this._writeHash();
      return false;
    }
    if (state.mode) { this.setMode(state.mode); }
    if (state.date !== null) { this.setDate(state.date === 'all' ? null : state.date); }
    if (state.entry >= 0) {
      this._openEntry(state.entry, { animate: animate, keepDate: state.date !== null, focusRow: false });
      this._select(state.entry, true, false);
    }
    return true;
  };

  // ------------------------------------------------------------------ entry point

  L.aleppomapTimeline = function (map, config) {
    var data = JSON.parse(document.getElementById(config.id + '-data').textContent);
    var t = new Timeline(map, data, config);
    return {
      /** The ISO days that have photos on the map, in order. */
      dates: function () { return t.days.slice(); },
      /** Show one day (an ISO string) or all dates (null); false for an unknown day. */
      setDate: function (iso) { return t.setDate(iso); },
      /** "day": that day only; "cumulative": every day up to it. */
      setMode: function (mode) { return t.setMode(mode); },
      /** The entries whose markers are shown now, in gallery order. */
      visibleEntries: function () { return t.visibleEntries(); },
      /** Fly to an entry (number, or "<gallery>#<n>" with several galleries); open its popup. */
      openEntry: function (name) { return t._entryIndex(name) >= 0 && t.openEntry(name); },
      /** The markers drawn in view: entry, place and position in the map's container (px). */
      markersInView: function () { return t.markersInView(); },
      /** The current state: date (or null), mode, and the open entry (or null). */
      state: function () {
        return {
          date: t.day < 0 ? null : t.days[t.day],
          mode: t.mode,
          entry: t.openMarker >= 0 ? t.names[t.mEntry[t.openMarker]] : null
        };
      },
      /** The controller of a place (gazetteer id) at the slider's day; null if not on the layer. */
      controlAt: function (placeId) { return t.controlAt(placeId); },
      /** The place ids on the control layer (none when the captions state no control). */
      controlPlaces: function () {
        return t.controlLayer ? t.data.control.places.map(function (p) { return p.id; }) : [];
      },
      /** Show or hide the control layer; false when the page has none. */
      setControlVisible: function (on) { return t.setControlVisible(on); },
      /** Whether the control layer is on the map. */
      controlVisible: function () { return !!t.controlLayer && t.map.hasLayer(t.controlLayer); },
      /** Play or pause the slider. */
      play: function () { t.play(); },
      pause: function () { t.pause(); },
      /** The Leaflet map. */
      map: map
    };
  };
}(window.L));
