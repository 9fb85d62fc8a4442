// aleppomap's timeline map: the canvas that draws markers, clusters, arrows and labels; the view.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var CELL = am.CELL;
  var SPREAD_MAX = am.SPREAD_MAX;
  var styleOf = am.styleOf;

  var ARROW_LIMIT = 2000;  // more origin-destination arrows than this in range: none drawn
  var ARROW_PLAIN = 150;   // more arrows than this in view: drawn thin, with no casing
  var ARROW_BATCH = 8;     // thin arrows drawn this many to a path
  var LOD_LIMIT = 12000;   // more markers than this in view draw as dots
  var LABEL_LIMIT = 120;   // draw place names when at most this many places are shown
  var EDGE_FONT = '700 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  var TARGET = 44;          // px: the least side of a tap target

  // The outline of a marker's shape, centred on (cx, cy), of radius r.
  function shapePath(ctx, shape, cx, cy, r) {
    ctx.beginPath();
    if (shape === 'diamond') {
      var d = r * 1.2;
      ctx.moveTo(cx, cy - d);
      ctx.lineTo(cx + d, cy);
      ctx.lineTo(cx, cy + d);
      ctx.lineTo(cx - d, cy);
      ctx.closePath();
    } else if (shape === 'square') {
      var h = r * 0.9;
      ctx.rect(cx - h, cy - h, 2 * h, 2 * h);
    } else if (shape === 'triangle') {
      var t = r * 1.2;
      ctx.moveTo(cx, cy - t);
      ctx.lineTo(cx + t * 0.95, cy + t * 0.65);
      ctx.lineTo(cx - t * 0.95, cy + t * 0.65);
      ctx.closePath();
    } else {
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    }
  }

  // A marker drawn once per kind: its shape filled, a white halo so that it reads on any
  // area colour, and for hollow kinds an ink outline.
  function sprite(style, dpr) {
    var size = Math.ceil(2 * style.r * 1.25 + 6);
    var c = document.createElement('canvas');
    c.width = Math.ceil(size * dpr);
    c.height = Math.ceil(size * dpr);
    var ctx = c.getContext('2d');
    ctx.scale(dpr, dpr);
    ctx.lineJoin = 'round';
    shapePath(ctx, style.shape, size / 2, size / 2, style.r);
    ctx.lineWidth = 4;
    ctx.strokeStyle = 'rgba(255,255,255,0.95)';
    ctx.stroke();
    ctx.fillStyle = style.fill;
    ctx.fill();
    ctx.lineWidth = style.stroke ? 2 : 1;
    ctx.strokeStyle = style.stroke || '#ffffff';
    ctx.stroke();
    return { canvas: c, size: size, half: size / 2 };
  }
  am.shapeSprite = sprite;

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

  am.PointsCanvas = PointsCanvas;

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
      if (self._edgeAt(e.containerPoint)) { self.showAll(); return; }
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
    // The map's view inside the canvas (the canvas is padded around it): places of the range
    // outside it are counted per edge, for the marks that point to them.
    var view = this._viewBox(bounds);
    var vx0 = view[0] + 6;
    var vy0 = view[1] + 6;
    var vx1 = view[2] - 6;
    var vy1 = view[3] - 6;
    var edge = this.edgeCount || (this.edgeCount = new Float64Array(4));
    var edgeSum = this.edgeSum || (this.edgeSum = new Float64Array(4));
    edge.fill(0);
    edgeSum.fill(0);
    var vcx = (vx0 + vx1) / 2;
    var vcy = (vy0 + vy1) / 2;
    var vw = Math.max(1, vx1 - vx0);
    var vh = Math.max(1, vy1 - vy0);
    for (i = lo; i < hi; i++) {
      p = mPlace[i];
      c = count[spot[p]];
      var x = px[p] * scale - offX;
      var y = py[p] * scale - offY;
      var s = seen[spot[p]]++;
      if (s === 0 && (x < vx0 || x > vx1 || y < vy0 || y > vy1)) {
        // 0 top, 1 right, 2 bottom, 3 left: the edge crossed on the way from the centre
        var ex = (x - vcx) / vw;
        var ey = (y - vcy) / vh;
        var side = Math.abs(ex) > Math.abs(ey) ? (ex > 0 ? 1 : 3) : (ey > 0 ? 2 : 0);
        edge[side]++;
        edgeSum[side] += side === 0 || side === 2 ? vcx + (x - vcx) * (0.5 / Math.abs(ey))
          : vcy + (y - vcy) * (0.5 / Math.abs(ex));
      }
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
    // Names: the places of the markers first, then the city's own names (base.js) where
    // they clash with neither a marker nor a name already written.
    var edgeBoxes = this._layoutEdges(ctx, view);
    var taken = [];
    if (labelPlaces.length <= LABEL_LIMIT) {
      // the places with the most photos named first: where names clash, theirs stay
      labelPlaces.sort(function (a, b) { return count[spot[b]] - count[spot[a]] || a - b; });
      var marks = [];  // the markers a name must keep clear of: [x0, y0, x1, y1, place]
      if (nv <= 2000) {
        for (i = 0; i < nv; i++) {
          var vm = visible[i];
          var rm = this._radius(vm) + 1;
          marks.push([sx[vm] - rm, sy[vm] - rm, sx[vm] + rm, sy[vm] + rm, mPlace[vm]]);
        }
      }
      taken = this._drawLabels(ctx, labelPlaces, scale, offX, offY, view, edgeBoxes, marks);
    }
    if (this.base) {
      var named = {};
      if (labelPlaces.length <= LABEL_LIMIT && this.map.getZoom() >= 12) {
        for (i = 0; i < labelPlaces.length; i++) { named[this.data.places.name[labelPlaces[i]]] = true; }
      }
      if (nv <= 2000) {
        for (i = 0; i < nv; i++) {
          var v = visible[i];
          var rv = this._radius(v) + 2;
          taken.push([sx[v] - rv, sy[v] - rv, sx[v] + rv, sy[v] + rv]);
        }
      }
      this._drawBaseLabels(ctx, scale, offX, offY, w, h, taken, named);
    }
    this._drawArrows(ctx, lo, hi);
    this._drawRings(ctx);
    this._drawEdges(ctx);
    this._movePopup();
  };

  // The map's view as [x0, y0, x1, y1] in the coordinates of the canvas of `bounds`.
  Timeline.prototype._viewBox = function (bounds) {
    var size = this.map.getSize();
    var tl = this.map.containerPointToLayerPoint([0, 0]);
    var x0 = tl.x - bounds.min.x;
    var y0 = tl.y - bounds.min.y;
    return [x0, y0, x0 + size.x, y0 + size.y];
  };

  // Marks on the view's edges toward the places of the range that lie outside it, with
  // their count: a click on one (or the "Show all places" button) shows them all.
  // Where the edge marks go (before the names are written, so that names keep clear of
  // them): this.edgeBoxes, each {side, n, text, at: [x, y, w, h] on the canvas, box: the
  // same in the map's container}.
  Timeline.prototype._layoutEdges = function (ctx, view) {
    var boxes = [];
    this.edgeBoxes = boxes;
    var edge = this.edgeCount;
    if (!edge) { return boxes; }
    ctx.save();
    ctx.font = EDGE_FONT;
    var m = 10;
    for (var side = 0; side < 4; side++) {
      var n = edge[side];
      if (!n) { continue; }
      var text = n + (n === 1 ? ' place' : ' places');
      var bw = ctx.measureText(text).width + 26;
      var bh = 24;
      var along = this.edgeSum[side] / n;
      var x;
      var y;
      // clear of the map's controls: zoom (top left), layers (top right), the frame button
      // (bottom left) and the attribution (bottom right)
      if (side === 0) {
        x = Math.max(view[0] + 70, Math.min(view[2] - bw - 70, along - bw / 2));
        y = view[1] + m + 40;
      } else if (side === 2) {
        x = Math.max(view[0] + 260, Math.min(view[2] - bw - 90, along - bw / 2));
        y = view[3] - bh - m - 24;
      } else {
        y = Math.max(view[1] + this._cornerBottom(side === 3 ? 'left' : 'right'),
          Math.min(view[3] - bh - (side === 3 ? 70 : 40), along - bh / 2));
        x = side === 1 ? view[2] - bw - m : view[0] + m;
      }
      boxes.push({ side: side, n: n, text: text, at: [x, y, bw, bh],
        box: [x - view[0], y - view[1], x - view[0] + bw, y - view[1] + bh] });
    }
    ctx.restore();
    return boxes;
  };

  // How far down the map the controls of a top corner reach ('left': zoom, 'right': layers),
  // in px from the map's top, with a margin; at least 90. Measured once per map size (the
  // zoom buttons are taller on a phone), not at every redraw.
  Timeline.prototype._cornerBottom = function (corner) {
    var size = this.map.getSize();
    var cache = this._corners;
    if (!cache || cache.x !== size.x || cache.y !== size.y) {
      cache = this._corners = { x: size.x, y: size.y };
      var container = this.map.getContainer();
      var top = container.getBoundingClientRect().top;
      ['left', 'right'].forEach(function (side) {
        var el = container.querySelector('.leaflet-top.leaflet-' + side);
        var bottom = el ? el.getBoundingClientRect().bottom - top : 0;
        cache[side] = Math.max(90, Math.ceil(bottom) + 10);
      });
    }
    return cache[corner];
  };

  Timeline.prototype._drawEdges = function (ctx) {
    var boxes = this.edgeBoxes || [];
    ctx.save();
    ctx.font = EDGE_FONT;
    ctx.textBaseline = 'middle';
    var dirs = [[0, -1], [1, 0], [0, 1], [-1, 0]];
    for (var j = 0; j < boxes.length; j++) {
      var side = boxes[j].side;
      var x = boxes[j].at[0];
      var y = boxes[j].at[1];
      var bw = boxes[j].at[2];
      var bh = boxes[j].at[3];
      ctx.fillStyle = 'rgba(255,255,255,0.95)';
      ctx.strokeStyle = am.INK;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.rect(x, y, bw, bh);
      ctx.fill();
      ctx.stroke();
      // an arrowhead pointing out of the view, toward the places
      var cx = side === 3 ? x + 9 : (side === 1 ? x + bw - 9 : x + bw - 10);
      var cy = y + bh / 2;
      var dx = dirs[side][0];
      var dy = dirs[side][1];
      ctx.fillStyle = am.INK;
      ctx.beginPath();
      ctx.moveTo(cx + dx * 5, cy + dy * 5);
      ctx.lineTo(cx - dx * 3 - dy * 5, cy - dy * 3 + dx * 5);
      ctx.lineTo(cx - dx * 3 + dy * 5, cy - dy * 3 - dx * 5);
      ctx.closePath();
      ctx.fill();
      ctx.fillText(boxes[j].text, side === 3 ? x + 18 : x + 6, cy + 0.5);
    }
    ctx.restore();
    this._updateFrameButton();
  };

  // The edge mark under a container point, or null. A mark is drawn 24 px high; it answers
  // a tap over a 44 px square at least (a finger's target, WCAG 2.5.5), centred on it.
  Timeline.prototype._edgeAt = function (containerPoint) {
    var boxes = this.edgeBoxes || [];
    for (var j = 0; j < boxes.length; j++) {
      var b = boxes[j].box;
      var px = Math.max(0, (TARGET - (b[2] - b[0])) / 2);
      var py = Math.max(0, (TARGET - (b[3] - b[1])) / 2);
      if (containerPoint.x >= b[0] - px && containerPoint.x <= b[2] + px &&
          containerPoint.y >= b[1] - py && containerPoint.y <= b[3] + py) { return boxes[j]; }
    }
    return null;
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
        var st = styleOf(kind);
        var hex = st.stroke || st.fill;
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
    ctx.fillStyle = am.INK;
    ctx.globalAlpha = 0.92;
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
    // Width and head grow with the zoom: readable at the city's first view (zoom 12-13),
    // not heavy at street level. A white casing keeps them legible over any area colour.
    var z = this.map.getZoom();
    var wScale = Math.max(0.8, Math.min(1.6, 1 + (z - 13) * 0.2));
    var lw = 2.5 * wScale;
    var head = 12 * wScale;
    var half = 6 * wScale;
    // The arrows' geometry first (10 numbers each: the shaft's ends, the head's three
    // corners), then drawn: a few paths stroked or filled per pass, not one call per arrow.
    var cw = ctx.canvas.width / (this.canvas._dpr || 1);
    var chh = ctx.canvas.height / (this.canvas._dpr || 1);
    var drawn = 0;
    var g = this.arrowGeometry;
    if (!g || g.length < 10 * (e - a)) { g = this.arrowGeometry = new Float64Array(10 * (e - a)); }
    for (var j = a; j < e; j++) {
      var i0 = from[j];
      var i1 = to[j];
      var ax = this.sx[i0];
      var ay = this.sy[i0];
      var bx = this.sx[i1];
      var by = this.sy[i1];
      if ((ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > cw && bx > cw) ||
          (ay > chh && by > chh)) { continue; }
      var dx = bx - ax;
      var dy = by - ay;
      var len = Math.sqrt(dx * dx + dy * dy);
      var r0 = this._radius(i0) + 3;
      var r1 = this._radius(i1) + 4;
      if (len < r0 + r1 + head * 0.8) { continue; }
      var ux = dx / len;
      var uy = dy / len;
      var tipX = bx - ux * r1;
      var tipY = by - uy * r1;
      var o = 10 * drawn++;
      g[o] = ax + ux * r0;
      g[o + 1] = ay + uy * r0;
      g[o + 2] = tipX - ux * head * 0.8;
      g[o + 3] = tipY - uy * head * 0.8;
      g[o + 4] = tipX;
      g[o + 5] = tipY;
      g[o + 6] = tipX - ux * head - uy * half;
      g[o + 7] = tipY - uy * head + ux * half;
      g[o + 8] = tipX - ux * head + uy * half;
      g[o + 9] = tipY - uy * head - ux * half;
    }
    if (!drawn) { return; }
    ctx.save();
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    if (drawn > ARROW_PLAIN) {
      // A web of arrows (an archive's day): thin, solid, opaque grey; a casing, dashes or
      // blending would cost several times the raster work and read no better. Drawn a few
      // arrows to a path: one path of a thousand shafts across the canvas costs the
      // rasteriser several times more (each row of pixels meets hundreds of its edges).
      ctx.strokeStyle = '#808080';
      ctx.fillStyle = '#555555';
      ctx.lineWidth = 1.2;
      for (j = 0; j < drawn; j += ARROW_BATCH) {
        ctx.stroke(arrowPath(g, j, Math.min(drawn, j + ARROW_BATCH), true));
      }
      for (j = 0; j < drawn; j += ARROW_BATCH) {   // the heads over all the shafts
        ctx.fill(arrowPath(g, j, Math.min(drawn, j + ARROW_BATCH), false));
      }
      ctx.restore();
      return;
    }
    var shafts = arrowPath(g, 0, drawn, true);
    var heads = arrowPath(g, 0, drawn, false);
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = lw + 3;
    ctx.stroke(shafts);
    ctx.lineWidth = 3;
    ctx.stroke(heads);
    ctx.strokeStyle = '#1a1a1a';
    ctx.fillStyle = '#1a1a1a';
    ctx.lineWidth = lw;
    ctx.setLineDash([3 * lw, 2 * lw]);
    ctx.stroke(shafts);
    ctx.setLineDash([]);
    ctx.fill(heads);
    ctx.restore();
  };

  // The shafts (or the heads) of arrows [j0, j1) of the geometry g (see _drawArrows).
  function arrowPath(g, j0, j1, shafts) {
    var path = new Path2D();
    for (var j = j0; j < j1; j++) {
      var o = 10 * j;
      if (shafts) {
        path.moveTo(g[o], g[o + 1]);
        path.lineTo(g[o + 2], g[o + 3]);
      } else {
        path.moveTo(g[o + 4], g[o + 5]);
        path.lineTo(g[o + 6], g[o + 7]);
        path.lineTo(g[o + 8], g[o + 9]);
        path.closePath();
      }
    }
    return path;
  }

  // The markers' place names, inside the view (`view`: [x0, y0, x1, y1] on the canvas): each
  // right of its marker, else left of it, clear of the names already written, of the edge
  // marks (`edges`) and of the other places' markers (`marks`), else not written.
  Timeline.prototype._drawLabels = function (ctx, places, scale, offX, offY, view, edges, marks) {
    if (this.map.getZoom() < 12 || !places.length) { return []; }
    var names = this.data.places.name;
    var boxes = edges.map(function (e) {
      return [e.at[0] - 2, e.at[1] - 2, e.at[0] + e.at[2] + 2, e.at[1] + e.at[3] + 2];
    });
    ctx.save();
    ctx.font = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.fillStyle = '#1d2733';
    var clashes = function (box, place) {
      for (var b = 0; b < boxes.length; b++) {
        var o = boxes[b];
        if (box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]) { return true; }
      }
      for (var q = 0; q < marks.length; q++) {
        var m = marks[q];
        if (m[4] !== place && box[0] < m[2] && box[2] > m[0] && box[1] < m[3] && box[3] > m[1]) {
          return true;
        }
      }
      return false;
    };
    for (var j = 0; j < places.length; j++) {
      var p = places[j];
      // beyond the marker, or beyond the spiral of markers spread around the point
      var n = this.placeCount[this.pSpot[p]];
      var r = styleOf(this.data.kinds[this.pKind[p]]).r +
        (n > 1 && n <= SPREAD_MAX ? am.SPREAD * Math.sqrt(n - 1) : 0);
      var cx = this.px[p] * scale - offX;
      var y = this.py[p] * scale - offY;
      var text = names[p];
      var tw = ctx.measureText(text).width;
      if (cx < view[0] || cx > view[2] || y < view[1] || y > view[3]) { continue; }
      // right of the marker, else left of it; never cut by the view's edge
      var right = cx + r + 5;
      var left = cx - r - 5 - tw;
      var x = -1;
      var box = null;
      for (var side = 0; side < 2 && !box; side++) {
        x = side ? left : right;
        var cand = [x - 1, y - 8, x + tw + 1, y + 8];
        if (cand[0] >= view[0] && cand[2] <= view[2] && !clashes(cand, p)) { box = cand; }
      }
      if (!box) { continue; }
      boxes.push(box);
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    }
    ctx.restore();
    return boxes;
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

  // ------------------------------------------------------------------ the view

  // room for the zoom buttons (top left), the layer switch (top right), the frame button
  // (bottom left)
  var FIT_PADDING = { paddingTopLeft: [56, 64], paddingBottomRight: [64, 60] };

  function fitBounds(map, b, animate) {
    var bounds = L.latLngBounds(b[0], b[1]);
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
      map.setView(bounds.getCenter(), 14, { animate: animate });
    } else {
      map.fitBounds(bounds, {
        paddingTopLeft: L.point(FIT_PADDING.paddingTopLeft),
        paddingBottomRight: L.point(FIT_PADDING.paddingBottomRight),
        maxZoom: 15, animate: animate
      });
    }
  }

  function reducedMotion() {
    return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  // The first view: the places that matter (payload.frame_bounds: far outliers left out).
  Timeline.prototype._fit = function (animate) {
    var b = this.data.bounds;
    if (b) { fitBounds(this.map, b, animate); }
  };

  // Every located place in view, al-Bab 40 km away included.
  Timeline.prototype.showAll = function () {
    var b = this.data.extent || this.data.bounds;
    if (!b) { return false; }
    fitBounds(this.map, b, !reducedMotion());
    return true;
  };

  // Back to the first view.
  Timeline.prototype.showMain = function () {
    if (!this.data.bounds) { return false; }
    this._fit(!reducedMotion());
    return true;
  };

  // A Leaflet control with one button: "Show all places" when some are out of view, "Back to
  // the city" (the first view) when all are in view. A real button: Tab and Enter reach it.
  Timeline.prototype._buildFrameControl = function () {
    var self = this;
    var d = this.data;
    if (!d.extent || !d.bounds) { return; }
    var Frame = L.Control.extend({
      options: { position: 'bottomleft' },
      onAdd: function () {
        var box = L.DomUtil.create('div', 'leaflet-bar am-frame');
        var button = L.DomUtil.create('button', 'am-frame-button', box);
        button.type = 'button';
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.on(button, 'click', function () {
          if (self._allInView()) { self.showMain(); } else { self.showAll(); }
        });
        self.frameButton = button;
        return box;
      }
    });
    this.frameControl = new Frame();
    this.frameControl.addTo(this.map);
    this._updateFrameButton();
  };

  Timeline.prototype._allInView = function () {
    var e = this.data.extent;
    return !!e && this.map.getBounds().contains(L.latLngBounds(e[0], e[1]));
  };

  Timeline.prototype._updateFrameButton = function () {
    if (!this.frameButton) { return; }
    var all = this._allInView();
    var same = JSON.stringify(this.data.extent) === JSON.stringify(this.data.bounds);
    var off = 0;
    for (var j = 0; j < (this.edgeBoxes || []).length; j++) { off += this.edgeBoxes[j].n; }
    var text = all ? (same ? 'Fit the places' : 'Back to the city')
      : 'Show all places' + (off ? ' (' + off + ' off screen)' : '');
    if (this.frameButton.textContent !== text) { this.frameButton.textContent = text; }
    this.frameButton.setAttribute('aria-label', all
      ? 'Zoom back to where most photos were taken' : 'Zoom out to show every place named');
  };

  // After the day changed: when none of its markers is in view, ease the map to them.
  Timeline.prototype._followDay = function () {
    if (this.day < 0 || this.lo >= this.hi) { return; }
    var view = this.map.getBounds();
    var places = this.data.places;
    var s = Infinity;
    var w = Infinity;
    var n = -Infinity;
    var e = -Infinity;
    for (var i = this.lo; i < this.hi; i++) {
      var p = this.mPlace[i];
      var lat = places.y[p];
      var lng = places.x[p];
      if (view.contains([lat, lng])) { return; }
      if (lat < s) { s = lat; }
      if (lat > n) { n = lat; }
      if (lng < w) { w = lng; }
      if (lng > e) { e = lng; }
    }
    fitBounds(this.map, [[s, w], [n, e]], !reducedMotion());
  };

  // The legend's swatches as the markers' own shapes (the panel builds the list), and what
  // each visual channel means.
  Timeline.prototype._legendShapes = function () {
    var panel = document.getElementById(this.id + '-panel');
    var box = panel ? panel.querySelector('.am-legend') : null;
    if (!box) { return; }
    var kinds = this.data.kinds;
    var items = box.querySelectorAll('.am-legend-list li');
    for (var j = 0; j < items.length; j++) {
      var sw = items[j].querySelector('.am-swatch');
      var label = items[j].lastChild ? items[j].lastChild.textContent : '';
      var k = kinds.indexOf(label === 'other' ? '' : label);
      if (!sw || k < 0) { continue; }
      var style = styleOf(kinds[k]);
      var sp = sprite(style, window.devicePixelRatio || 1);
      var icon = sp.canvas;
      icon.className = 'am-shape';
      icon.style.width = sp.size + 'px';
      icon.style.height = sp.size + 'px';
      icon.setAttribute('aria-hidden', 'true');
      sw.parentNode.replaceChild(icon, sw);
      items[j].lastChild.textContent = style.label || label;
    }
    var note = document.createElement('p');
    note.className = 'am-legend-channels';
    note.textContent = 'Shapes: what kind of place a photo names (filled: a street or a ' +
      'building; hollow: a wide area). Colours of areas: who held them. Dashed arrows: ' +
      'people fleeing from one place to another.';
    var list = box.querySelector('.am-legend-list');
    if (list && list.nextSibling) { box.insertBefore(note, list.nextSibling); } else { box.appendChild(note); }
  };
}());