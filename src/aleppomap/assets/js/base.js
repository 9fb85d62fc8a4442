// aleppomap's timeline map: the city with no network, drawn from the gazetteer shipped in the
// page (payload "base"): every outline, its name where it fits, the Arabic name on hover.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var el = am.el;

  var FONT = '600 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  var TOWN_FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  // Fills and lines of the drawing: greys and a sand tone, none of the controllers' colours.
  var LOOK = {
    neighbourhood: { fill: '#fbfaf7', line: '#8d8a82', width: 0.8 },
    old: { fill: '#efe3c8', line: '#8d8a82', width: 0.8 },
    landmark: { fill: '#e4e1d8', line: '#8d8a82', width: 0.8 },
    district: { fill: null, line: '#5f6b7a', width: 1.6, dash: [6, 4] },
    town: { fill: '#f3f1ec', line: '#8d8a82', width: 0.8 },
    village: { fill: '#f3f1ec', line: '#8d8a82', width: 0.8 }
  };

  function mercX(lon) { return lon / 360 + 0.5; }

  function mercY(lat) {
    var r = Math.max(-85.0511287798, Math.min(85.0511287798, lat)) * Math.PI / 180;
    return 0.5 - Math.log(Math.tan(Math.PI / 4 + r / 2)) / (2 * Math.PI);
  }

  // The payload's rings (first point absolute, then differences) as Web Mercator 0..1 pairs.
  function decode(ring, scale) {
    var n = ring.length >> 1;
    var out = new Float64Array(2 * n);
    var x = 0;
    var y = 0;
    for (var i = 0; i < n; i++) {
      x += ring[2 * i];
      y += ring[2 * i + 1];
      out[2 * i] = mercX(x / scale);
      out[2 * i + 1] = mercY(y / scale);
    }
    return out;
  }

  Timeline.prototype._buildBase = function () {
    var self = this;
    var base = this.data.base;
    this.base = null;
    if (!base || !base.places || !base.places.length) { return; }
    var places = base.places.map(function (p) {
      var rings = p.rings.map(function (r) { return decode(r, base.scale); });
      var box = [Infinity, Infinity, -Infinity, -Infinity];
      rings.forEach(function (r) {
        for (var i = 0; i < r.length; i += 2) {
          if (r[i] < box[0]) { box[0] = r[i]; }
          if (r[i] > box[2]) { box[2] = r[i]; }
          if (r[i + 1] < box[1]) { box[1] = r[i + 1]; }
          if (r[i + 1] > box[3]) { box[3] = r[i + 1]; }
        }
      });
      var look = LOOK[p.kind] || LOOK.neighbourhood;
      if (p.oldCity && p.kind === 'neighbourhood') { look = LOOK.old; }
      return {
        name: p.name, nameAr: p.nameAr, kind: p.kind, rings: rings, box: box, look: look,
        lx: mercX(p.label[0]), ly: mercY(p.label[1]), oldCity: p.oldCity,
        area: (box[2] - box[0]) * (box[3] - box[1])
      };
    });
    this.base = places;
    this.baseHover = -1;
    this.map.createPane('aleppomapBase');
    // Above the tiles (200), below the control areas (350) and the points (450).
    this.map.getPane('aleppomapBase').style.zIndex = 250;
    this.map.getPane('aleppomapBase').style.pointerEvents = 'none';
    this.map.getContainer().classList.add('am-has-base');
    this.baseCanvas = new am.PointsCanvas(function (ctx, bounds, dpr) {
      self._drawBase(ctx, bounds, dpr);
    }, { pane: 'aleppomapBase', padding: 0.2 });
    this.baseCanvas.addTo(this.map);
    this.baseTip = L.tooltip({ direction: 'top', className: 'am-tip am-base-tip', opacity: 1 });
    this.map.on('mousemove', function (e) { self._onBaseHover(e); });
    this.map.on('mouseout zoomstart', function () { self._setBaseHover(-1, null); });
    // A tile layer that shows tiles takes the fills away (the outlines stay over it); one
    // whose tiles fail (no network) leaves the drawing as it is.
    this.map.on('layeradd', function (e) {
      var layer = e.layer;
      if (!(layer instanceof L.TileLayer) || layer._amWatched) { return; }
      layer._amWatched = true;
      layer.on('tileload', function () {
        if (!layer._amLoaded) { layer._amLoaded = true; self.baseCanvas.redraw(); }
      });
    });
    this.map.on('baselayerchange layerremove', function () { self.baseCanvas.redraw(); });
  };

  // Whether tiles show under the drawing (a tile layer on, and some of its tiles loaded):
  // then the streets are the tiles', and the outlines stay, lighter, with no fill.
  Timeline.prototype._baseOverTiles = function () {
    var on = false;
    this.map.eachLayer(function (layer) {
      if (layer instanceof L.TileLayer && layer._amLoaded) { on = true; }
    });
    return on;
  };

  Timeline.prototype._drawBase = function (ctx, bounds, dpr) {
    var map = this.map;
    var size = bounds.getSize();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var zoom = map.getZoom();
    var scale = map.options.crs.scale(zoom);
    var origin = map.getPixelOrigin();
    var offX = origin.x + bounds.min.x;
    var offY = origin.y + bounds.min.y;
    var w = size.x;
    var h = size.y;
    var tiles = this._baseOverTiles();
    var places = this.base;
    var i;
    var p;
    ctx.lineJoin = 'round';
    for (i = 0; i < places.length; i++) {
      p = places[i];
      if (!p.rings.length) { continue; }
      var x0 = p.box[0] * scale - offX;
      var y0 = p.box[1] * scale - offY;
      var x1 = p.box[2] * scale - offX;
      var y1 = p.box[3] * scale - offY;
      if (x1 < 0 || y1 < 0 || x0 > w || y0 > h) { continue; }
      ctx.beginPath();
      for (var r = 0; r < p.rings.length; r++) {
        var ring = p.rings[r];
        ctx.moveTo(ring[0] * scale - offX, ring[1] * scale - offY);
        for (var k = 2; k < ring.length; k += 2) {
          ctx.lineTo(ring[k] * scale - offX, ring[k + 1] * scale - offY);
        }
        ctx.closePath();
      }
      var look = p.look;
      if (look.fill && !tiles) {
        ctx.fillStyle = look.fill;
        ctx.fill('evenodd');
      }
      ctx.setLineDash(look.dash || []);
      ctx.lineWidth = i === this.baseHover ? 2.5 : look.width * (zoom >= 14 ? 1.3 : 1);
      ctx.strokeStyle = i === this.baseHover ? '#1f2a44' : look.line;
      ctx.globalAlpha = tiles ? 0.7 : 1;
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    ctx.setLineDash([]);
  };

  // Names where they fit (on the points' canvas, drawn by markers.js after the markers' own
  // names): an outline's name inside it when it fits its width (from zoom 12; towns and
  // villages at every zoom); towns and villages known as points below zoom 14. `boxes` holds what is already drawn; a place
  // whose name a marker already wrote (`named`) is not named twice.
  Timeline.prototype._drawBaseLabels = function (ctx, scale, offX, offY, w, h, boxes, named) {
    var places = this.base;
    var zoom = this.map.getZoom();
    var p;
    var j;
    var shown = [];
    for (j = 0; j < places.length; j++) {
      p = places[j];
      if (!p.rings.length || named[p.name]) { continue; }
      if (p.box[2] * scale - offX < 0 || p.box[3] * scale - offY < 0 ||
          p.box[0] * scale - offX > w || p.box[1] * scale - offY > h) { continue; }
      shown.push(j);
    }
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    var fits = function (x, y, tw, th) {
      var box = [x - tw / 2 - 2, y - th / 2, x + tw / 2 + 2, y + th / 2];
      if (box[0] < 0 || box[2] > w || box[1] < 0 || box[3] > h) { return false; }
      for (var b = 0; b < boxes.length; b++) {
        var o = boxes[b];
        if (box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]) { return false; }
      }
      boxes.push(box);
      return true;
    };
    // Towns and villages known as points: a small square and the name, when zoomed out.
    if (zoom < 14) {
      ctx.font = TOWN_FONT;
      for (j = 0; j < places.length; j++) {
        p = places[j];
        if (p.rings.length || named[p.name] || (p.kind !== 'town' && p.kind !== 'village')) {
          continue;
        }
        var tx = p.lx * scale - offX;
        var ty = p.ly * scale - offY;
        if (tx < 0 || ty < 0 || tx > w || ty > h) { continue; }
        ctx.fillStyle = '#5f6b7a';
        ctx.fillRect(tx - 2.5, ty - 2.5, 5, 5);
        var tw0 = this._textWidth(ctx, 't', p.name);
        if (fits(tx, ty + 11, tw0, 14)) {
          ctx.fillStyle = '#3d4451';
          ctx.strokeText(p.name, tx, ty + 11);
          ctx.fillText(p.name, tx, ty + 11);
        }
      }
    }
    if (shown.length) {
      ctx.font = FONT;
      // the largest first: where names clash, the wider place keeps its name
      var order = shown.slice().sort(function (a, b) { return places[b].area - places[a].area; });
      for (j = 0; j < order.length; j++) {
        p = places[order[j]];
        // below zoom 12 only towns and villages (the city's quarters would be specks)
        if (p.kind === 'district' || (zoom < 12 && p.kind !== 'town' && p.kind !== 'village')) {
          continue;
        }
        var pw = (p.box[2] - p.box[0]) * scale;
        var ph = (p.box[3] - p.box[1]) * scale;
        var tw = this._textWidth(ctx, 'n', p.name);
        if (tw > pw * 0.95 || ph < 14) { continue; }
        var x = p.lx * scale - offX;
        var y = p.ly * scale - offY;
        if (!fits(x, y, tw, 13)) { continue; }
        ctx.fillStyle = p.oldCity ? '#6b4f1d' : '#4a4f57';
        ctx.strokeText(p.name, x, y);
        ctx.fillText(p.name, x, y);
      }
    }
    ctx.restore();
  };

  // A name's width in the current font (measured once: the fonts never change).
  Timeline.prototype._textWidth = function (ctx, font, text) {
    var cache = this.baseWidths || (this.baseWidths = new Map());
    var key = font + text;
    var hit = cache.get(key);
    if (hit === undefined) {
      hit = ctx.measureText(text).width;
      cache.set(key, hit);
    }
    return hit;
  };

  // The smallest outline under a layer point (a landmark inside its neighbourhood), or -1.
  Timeline.prototype._baseAt = function (latlng) {
    var places = this.base;
    var mx = mercX(latlng.lng);
    var my = mercY(latlng.lat);
    var best = -1;
    var bestArea = Infinity;
    for (var i = 0; i < places.length; i++) {
      var p = places[i];
      if (!p.rings.length || p.kind === 'district' || mx < p.box[0] || mx > p.box[2] ||
          my < p.box[1] || my > p.box[3] || p.area >= bestArea) { continue; }
      var inside = false;
      for (var r = 0; r < p.rings.length; r++) {
        var ring = p.rings[r];
        var n = ring.length;
        for (var a = 0, b = n - 2; a < n; b = a, a += 2) {
          var ya = ring[a + 1];
          var yb = ring[b + 1];
          if ((ya > my) !== (yb > my) &&
              mx < (ring[b] - ring[a]) * (my - ya) / (yb - ya) + ring[a]) { inside = !inside; }
        }
      }
      if (inside) { best = i; bestArea = p.area; }
    }
    return best;
  };

  Timeline.prototype._onBaseHover = function (e) {
    if (!this.base || this.map._animatingZoom) { return; }
    if (this._hit(e.layerPoint) >= 0) { this._setBaseHover(-1, null); return; }
    this._setBaseHover(this._baseAt(e.latlng), e.latlng);
  };

  Timeline.prototype._setBaseHover = function (i, latlng) {
    if (!this.base) { return; }
    if (i === this.baseHover) {
      if (i >= 0 && latlng) { this.baseTip.setLatLng(latlng); }
      return;
    }
    this.baseHover = i;
    if (i < 0) {
      this.map.closeTooltip(this.baseTip);
    } else {
      var p = this.base[i];
      var box = el('div');
      box.appendChild(el('strong', null, p.name));
      if (p.nameAr) {
        var ar = el('div', 'am-name-ar', p.nameAr);
        ar.lang = 'ar';
        ar.dir = 'rtl';
        box.appendChild(ar);
      }
      this.baseTip.setLatLng(latlng).setContent(box);
      this.map.openTooltip(this.baseTip);
    }
    this.baseCanvas.redraw();
  };
}());
