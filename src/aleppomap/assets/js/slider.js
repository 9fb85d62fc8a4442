// aleppomap's timeline map: the date slider, its mode, play/pause and the state it selects.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var dayLabel = am.dayLabel;
  var el = am.el;

  // Play speeds: ms per day (the select's values in timeline.html.j2 name these keys).
  var PLAY_DELAYS = { slow: 3000, normal: 1500, fast: 600, fastest: 250 };
  var GAP_LINEAR = 31;     // days: a longer gap between two days with photos is drawn as a break
  var BREAK_SHARE = 0.05;  // the width of a break, as a share of the days drawn to scale
  var THUMB = 22;          // px: the slider thumb's width (timeline.css, .am-slider)
  var HIST_H = 34;         // px: the histogram's height
  var BRUSH_MIN = 8;       // px: a drag shorter than this across the axis is a click
  var MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
    'Nov', 'Dec'];

  // Days since 1970-01-01 of an ISO day (UTC: the same in every time zone).
  function dayNumber(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : 0;
  }

  function isoOf(number) {
    return new Date(number * 86400000).toISOString().slice(0, 10);
  }

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
    // a day out of the zoomed axis (from the list, the address, the API): the whole period
    if (this.day >= 0 && (this.day < this.zLo || this.day > this.zHi)) { this._zoomTo(-1, -1, false); }
    this.slider.value = String(this.day < 0 ? this.vMin : this.axisPos[this.day]);
    this.axisBox.classList.toggle('am-all-dates', this.day < 0);
    this.allButton.setAttribute('aria-pressed', this.day < 0 ? 'true' : 'false');
    this._drawHistogram();
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
    if (this._galleryShown(k) === false) { this.setGallery(-1); }
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
    this._mapIntoView(reduce);
    if (options.animate && !reduce) {
      // Once the flight ends, pan the popup clear of the controls (autoPan on its update).
      var self = this;
      this.map.once('moveend', function () {
        if (self.popup && self.popup.isOpen() && self.openMarker === first) {
          self.popup.options.autoPan = true;
          self.popup.update();
        }
      });
      this.map.flyTo(latlng, zoom, { duration: 0.8 });
      this._openPopup(first, { autoPan: false });
    } else {
      this.map.setView(latlng, zoom, { animate: false });
      this._openPopup(first, { autoPan: true });
    }
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
    this.allButton = bar.querySelector('.am-all');
    this.speedSelect = bar.querySelector('.am-speed');
    this.modeInputs = bar.querySelectorAll('.am-mode input');
    this.axisBox = bar.querySelector('.am-axis');
    this.histCanvas = bar.querySelector('.am-hist');
    this.ticksBox = bar.querySelector('.am-ticks');
    this.zoomInButton = bar.querySelector('.am-zoom-in');
    this.zoomResetButton = bar.querySelector('.am-zoom-reset');
    this._buildAxis();
    this._buildBrush(bar.querySelector('.am-brush'));
    this.slider.addEventListener('input', function () {
      var day = self._dayAt(Number(self.slider.value));
      if (day >= 0 && day !== self.day) {
        self.setDate(self.days[day]);
      } else {
        self.slider.value = String(self.day < 0 ? self.vMin : self.axisPos[self.day]);
      }
    });
    this.zoomInButton.addEventListener('click', function () { self._zoomBy(0.5); });
    this.zoomResetButton.addEventListener('click', function () { self._zoomTo(-1, -1, true); });
    this.slider.addEventListener('keydown', function (e) { self._onSliderKey(e); });
    this.prevButton.addEventListener('click', function () { self.step(-1); });
    this.nextButton.addEventListener('click', function () { self.step(1); });
    this.allButton.addEventListener('click', function () { self.setDate(null); });
    this.playButton.addEventListener('click', function () {
      if (self.timer) { self.pause(); } else { self.play(); }
    });
    this.speedSelect.addEventListener('change', function () {
      if (self.timer) { self._restartTimer(); }
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
      this.allButton.disabled = true;
      this.zoomInButton.disabled = true;
    }
    if (window.ResizeObserver) {
      new ResizeObserver(function () { self._drawHistogram(); self._drawTicks(); })
        .observe(this.axisBox);
    }
  };

  // ------------------------------------------------------------------ the time axis

  // The slider is a time scale: each day with photos sits at its date, in axis units of one
  // day; a gap of more than GAP_LINEAR days is cut to one break of a fixed width, so that
  // galleries years apart stay readable side by side.
  Timeline.prototype._buildAxis = function () {
    var days = this.days;
    var n = days.length;
    var num = new Float64Array(n);
    var linear = 0;
    var i;
    for (i = 0; i < n; i++) {
      num[i] = dayNumber(days[i]);
      if (i && num[i] - num[i - 1] <= GAP_LINEAR) { linear += num[i] - num[i - 1]; }
    }
    var brk = Math.max(3, Math.ceil(linear * BREAK_SHARE));
    var pos = new Float64Array(n);
    var breaks = [];
    for (i = 1; i < n; i++) {
      var gap = num[i] - num[i - 1];
      if (gap > GAP_LINEAR) { breaks.push(i); }
      pos[i] = pos[i - 1] + (gap > GAP_LINEAR ? brk : gap);
    }
    this.axisNum = num;
    this.axisPos = pos;
    this.axisBreaks = breaks;
    this.axisMax = n ? Math.max(1, pos[n - 1]) : 1;
    this.slider.step = '1';
    this.zLo = 0;
    this.zHi = n - 1;
    this._setView();
    this._countDays();
  };

  // ------------------------------------------------------------------ zooming the axis

  // The axis shows the days zLo..zHi (every day: the whole period): the slider's ends are theirs.
  Timeline.prototype._setView = function () {
    var n = this.days.length;
    this.zoomed = n > 0 && (this.zLo > 0 || this.zHi < n - 1);
    if (!this.zoomed) {
      this.vMin = 0;
      this.vMax = this.axisMax;
    } else {
      this.vMin = this.axisPos[this.zLo];
      this.vMax = this.axisPos[this.zHi];
      if (this.vMax - this.vMin < 2) { this.vMin -= 1; this.vMax += 1; }  // a day or two: centred
    }
    this.slider.min = String(this.vMin);
    this.slider.max = String(this.vMax);
    // one button at a time, in one place: the focus moves from one to the other
    var focused = document.activeElement;
    this.zoomResetButton.hidden = !this.zoomed;
    this.zoomInButton.hidden = this.zoomed;
    this.zoomInButton.disabled = n <= 1;
    if (focused === this.zoomInButton && this.zoomed) { this.zoomResetButton.focus(); }
    if (focused === this.zoomResetButton && !this.zoomed) { this.zoomInButton.focus(); }
    this.axisBox.classList.toggle('am-zoomed', this.zoomed);
  };

  // Zoom the axis to the days a..b (indices; -1, -1: the whole period). A chosen day outside
  // them moves to the nearest of them (when `keepDay`, else the caller is choosing a day).
  Timeline.prototype._zoomTo = function (a, b, keepDay) {
    var n = this.days.length;
    if (!n) { return false; }
    if (a === -1 && b === -1) { a = 0; b = n - 1; }
    a = Math.max(0, Math.min(n - 1, a));
    b = Math.max(a, Math.min(n - 1, b));
    if (a === this.zLo && b === this.zHi) { return false; }
    this.zLo = a;
    this.zHi = b;
    this._setView();
    if (keepDay && this.day >= 0 && (this.day < a || this.day > b)) {
      this.setDate(this.days[this.day < a ? a : b]);
    } else if (keepDay) {
      this.slider.value = String(this.day < 0 ? this.vMin : this.axisPos[this.day]);
    }
    this._drawHistogram();
    this._drawTicks();
    return true;
  };

  // Zoom by a factor of the axis's span (0.5: in, around the chosen day or the middle; 2: out).
  Timeline.prototype._zoomBy = function (factor) {
    var n = this.days.length;
    var lo = this.zLo;
    var hi = this.zHi;
    if (!n || (factor < 1 && lo === hi)) { return false; }
    var pos = this.axisPos;
    var centre = this.day >= lo && this.day <= hi ? pos[this.day] : (pos[lo] + pos[hi]) / 2;
    var half = Math.max(1, (pos[hi] - pos[lo]) * factor) / 2;
    var minV = factor < 1 ? pos[lo] : 0;
    var maxV = factor < 1 ? pos[hi] : pos[n - 1];
    var v0 = centre - half;
    var v1 = centre + half;
    if (v0 < minV) { v1 += minV - v0; v0 = minV; }
    if (v1 > maxV) { v0 = Math.max(minV, v0 - (v1 - maxV)); v1 = maxV; }
    var range = this._daysWithin(v0, v1, centre);
    if (factor < 1 && range[0] <= lo && range[1] >= hi) {
      // the days are too sparse to halve: leave out the one farthest from the centre
      range = centre - pos[lo] > pos[hi] - centre ? [lo + 1, hi] : [lo, hi - 1];
    } else if (factor > 1 && range[0] >= lo && range[1] <= hi) {
      range = [lo - 1, hi + 1];   // out of one day (or days too sparse): a day more each side
    }
    return this._zoomTo(range[0], range[1], true);
  };

  // The days whose positions are within [v0, v1]: [first, last]; none: the day nearest `near`.
  Timeline.prototype._daysWithin = function (v0, v1, near) {
    var pos = this.axisPos;
    var a = 0;
    var b = pos.length;
    while (a < b) {
      var mid = (a + b) >> 1;
      if (pos[mid] < v0) { a = mid + 1; } else { b = mid; }
    }
    var last = a - 1;
    while (last + 1 < pos.length && pos[last + 1] <= v1) { last++; }
    if (last < a) {
      var d = this._dayAt(near, true);
      return [d, d];
    }
    return [a, last];
  };

  // The axis position at x (px in the axis box).
  Timeline.prototype._valueAt = function (x) {
    var w = this.axisBox.clientWidth;
    var f = (x - THUMB / 2) / Math.max(1, w - THUMB);
    return this.vMin + Math.max(0, Math.min(1, f)) * (this.vMax - this.vMin);
  };

  // The brush: a pointer (mouse, pen or touch) dragged across the histogram zooms the axis to
  // the days it spans; a drag from the thumb moves the thumb; a click or a tap picks a day.
  Timeline.prototype._buildBrush = function (zone) {
    var self = this;
    if (!zone) { return; }
    var range = zone.firstChild;
    var drag = null;
    var xOf = function (e) { return e.clientX - zone.getBoundingClientRect().left; };
    var pick = function (x) {
      var day = self._dayAt(self._valueAt(x));
      if (day >= 0 && day !== self.day) { self.setDate(self.days[day]); }
    };
    var onThumb = function (x) {
      return self.day >= 0 &&
        Math.abs(x - self._axisX(self.axisPos[self.day], self.axisBox.clientWidth)) <= THUMB / 2 + 4;
    };
    var end = function () {
      drag = null;
      range.hidden = true;
      zone.classList.remove('am-brushing');
    };
    zone.addEventListener('pointerdown', function (e) {
      if (!self.days.length || (e.pointerType === 'mouse' && e.button !== 0)) { return; }
      var x = xOf(e);
      drag = { id: e.pointerId, x0: x, thumb: onThumb(x), moved: false };
      if (zone.setPointerCapture) { zone.setPointerCapture(e.pointerId); }
      self.slider.focus({ preventScroll: true });
      e.preventDefault();
    });
    zone.addEventListener('pointermove', function (e) {
      var x = xOf(e);
      if (!drag) { zone.classList.toggle('am-on-thumb', onThumb(x)); }
      if (!drag || e.pointerId !== drag.id) { return; }
      if (Math.abs(x - drag.x0) >= BRUSH_MIN) { drag.moved = true; }
      if (drag.thumb) { pick(x); return; }
      if (!drag.moved) { return; }
      var w = self.axisBox.clientWidth;
      var left = Math.max(0, Math.min(drag.x0, x));
      var right = Math.min(w, Math.max(drag.x0, x));
      range.style.left = left + 'px';
      range.style.width = (right - left) + 'px';
      range.hidden = false;
      zone.classList.add('am-brushing');
    });
    zone.addEventListener('pointerup', function (e) {
      if (!drag || e.pointerId !== drag.id) { return; }
      var x = xOf(e);
      var d = drag;
      end();
      if (d.thumb) { pick(x); return; }
      if (!d.moved) { pick(x); return; }
      var v0 = self._valueAt(Math.min(d.x0, x));
      var v1 = self._valueAt(Math.max(d.x0, x));
      var days = self._daysWithin(Math.max(v0, self.axisPos[self.zLo]),
        Math.min(v1, self.axisPos[self.zHi]), (v0 + v1) / 2);
      self._zoomTo(days[0], days[1], true);
    });
    zone.addEventListener('pointercancel', end);
  };

  // Photos per slider day (of the gallery shown, when one is chosen).
  Timeline.prototype._countDays = function () {
    var counts = new Int32Array(this.days.length);
    var ent = this.data.entries;
    var g = this.galleryFilter === undefined ? -1 : this.galleryFilter;
    for (var k = 0; k < ent.day.length; k++) {
      if (ent.day[k] >= 0 && (g < 0 || ent.gallery[k] === g)) { counts[ent.day[k]]++; }
    }
    this.dayCounts = counts;
  };

  // The day nearest an axis position, among the zoomed axis's days (every day when `all`).
  Timeline.prototype._dayAt = function (value, all) {
    var pos = this.axisPos;
    var n = pos.length;
    if (!n) { return -1; }
    var a = 0;
    var b = n - 1;
    while (a < b) {
      var mid = (a + b) >> 1;
      if (pos[mid] < value) { a = mid + 1; } else { b = mid; }
    }
    if (a > 0 && value - pos[a - 1] <= pos[a] - value) { a--; }
    return all ? a : Math.max(this.zLo, Math.min(this.zHi, a));
  };

  // The x (px, in the axis box) of an axis position: where the slider's thumb centre is.
  Timeline.prototype._axisX = function (value, width) {
    return THUMB / 2 + ((value - this.vMin) / (this.vMax - this.vMin)) * Math.max(0, width - THUMB);
  };

  Timeline.prototype.timeAxis = function () {
    var w = this.slider.getBoundingClientRect().width;
    var x = [];
    for (var i = 0; i < this.days.length; i++) { x.push(this._axisX(this.axisPos[i], w)); }
    return { days: this.days.slice(), x: x, counts: Array.from(this.dayCounts),
      breaks: this.axisBreaks.slice(),
      zoom: this.zoomed ? [this.days[this.zLo], this.days[this.zHi]] : null };
  };

  // The slider's keys step through the days of the axis (zoomed: its days); + and - zoom it.
  Timeline.prototype._onSliderKey = function (e) {
    if (!this.days.length) { return; }
    var lo = this.zLo;
    var hi = this.zHi;
    var day = this.day;
    var page = Math.max(1, Math.round((hi - lo + 1) / 10));
    var to;
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') { to = day < 0 ? lo : day + 1; }
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') { to = day < 0 ? hi : day - 1; }
    else if (e.key === 'PageUp') { to = day < 0 ? lo : day + page; }
    else if (e.key === 'PageDown') { to = day < 0 ? hi : day - page; }
    else if (e.key === 'Home') { to = lo; }
    else if (e.key === 'End') { to = hi; }
    else if (e.key === 'Escape' && day >= 0) { e.preventDefault(); this.setDate(null); return; }
    else if (e.key === '+' || e.key === '=') { e.preventDefault(); this._zoomBy(0.5); return; }
    else if (e.key === '-' || e.key === '_') { e.preventDefault(); this._zoomBy(2); return; }
    else { return; }
    e.preventDefault();
    this.setDate(this.days[Math.max(lo, Math.min(hi, to))]);
  };

  // The histogram of photos per day, on the time scale, the slider's day marked.
  Timeline.prototype._drawHistogram = function () {
    var canvas = this.histCanvas;
    if (!canvas) { return; }
    var w = this.axisBox.clientWidth;
    if (!w) { return; }
    var dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(HIST_H * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(HIST_H * dpr);
      canvas.style.width = w + 'px';
      canvas.style.height = HIST_H + 'px';
    }
    var ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, HIST_H);
    var n = this.days.length;
    var counts = this.dayCounts;
    var most = 1;
    var i;
    for (i = this.zLo; i <= this.zHi; i++) { if (counts[i] > most) { most = counts[i]; } }
    var unit = Math.max(0, w - THUMB) / (this.vMax - this.vMin);
    var barW = Math.max(2, Math.min(12, unit * 0.8));
    var base = HIST_H - 1;
    ctx.fillStyle = '#8a96a3';
    ctx.fillRect(THUMB / 2 - 2, base, Math.max(0, w - THUMB) + 4, 1);
    for (i = this.zLo; i <= this.zHi && i < n; i++) {
      if (!counts[i]) { continue; }
      var x = this._axisX(this.axisPos[i], w);
      var h = Math.max(2, Math.round((HIST_H - 4) * counts[i] / most));
      var on = this.day < 0 || i === this.day || (this.mode === 'cumulative' && i < this.day);
      ctx.fillStyle = i === this.day ? '#1d2733' : (on ? '#0072b2' : '#a9b8c6');
      ctx.fillRect(Math.round(x - barW / 2), base - h, Math.max(1, Math.round(barW)), h);
    }
    // A break: two slanted strokes across the baseline.
    ctx.strokeStyle = '#4a5563';
    ctx.lineWidth = 1.5;
    for (var j = 0; j < this.axisBreaks.length; j++) {
      var b = this.axisBreaks[j];
      if (b <= this.zLo || b > this.zHi) { continue; }
      var xb = (this._axisX(this.axisPos[b - 1], w) + this._axisX(this.axisPos[b], w)) / 2;
      ctx.clearRect(xb - 4, base - 3, 8, 7);
      ctx.beginPath();
      ctx.moveTo(xb - 4, base + 3);
      ctx.lineTo(xb - 1, base - 3);
      ctx.moveTo(xb + 1, base + 3);
      ctx.lineTo(xb + 4, base - 3);
      ctx.stroke();
    }
  };

  // Date labels under the axis: where each stretch starts, months, and days when there is room.
  Timeline.prototype._drawTicks = function () {
    var box = this.ticksBox;
    if (!box) { return; }
    var w = this.axisBox.clientWidth;
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var n = this.days.length;
    if (!n || !w) { return; }
    var num = this.axisNum;
    var unit = Math.max(0, w - THUMB) / (this.vMax - this.vMin);
    var candidates = [];
    var lo = this.zLo;
    var hi = this.zHi;
    var starts = [lo].concat(this.axisBreaks.filter(function (i) { return i > lo && i <= hi; }));
    for (var s = 0; s < starts.length; s++) {
      var a = starts[s];
      var b = s + 1 < starts.length ? starts[s + 1] - 1 : hi;
      candidates.push({ pos: this.axisPos[a], iso: this.days[a], kind: 'day' });
      for (var d = num[a] + 1; d <= num[b]; d++) {
        var iso = isoOf(d);
        if (iso.slice(8) === '01') {
          candidates.push({ pos: this.axisPos[a] + d - num[a], iso: iso, kind: 'month' });
        }
      }
      if (unit >= 36) {
        for (var k = a + 1; k <= b; k++) {
          candidates.push({ pos: this.axisPos[k], iso: this.days[k], kind: 'day' });
        }
      }
    }
    candidates.sort(function (p, q) { return p.pos - q.pos; });
    var right = -Infinity;
    var year = '';
    for (var c = 0; c < candidates.length; c++) {
      var t = candidates[c];
      var parts = t.iso.split('-');
      var text = t.kind === 'month' ? MONTHS_SHORT[Number(parts[1]) - 1]
        : String(Number(parts[2])) + ' ' + MONTHS_SHORT[Number(parts[1]) - 1];
      if (parts[0] !== year) { text += ' ' + parts[0]; }
      var x = this._axisX(t.pos, w);
      var width = text.length * 6.6 + 10;
      var left = Math.max(0, Math.min(w - width, x - width / 2));
      if (left < right) { continue; }
      var span = el('span', 'am-tick', text);
      span.style.left = left + 'px';
      box.appendChild(span);
      right = left + width;
      year = parts[0];
    }
  };

  // The next or previous day of the axis (zoomed: of its days), round from the last to the first.
  Timeline.prototype.step = function (delta) {
    if (!this.days.length) { return; }
    var lo = this.zLo;
    var nz = this.zHi - lo + 1;
    var day = this.day < lo || this.day > this.zHi ? (delta > 0 ? lo : this.zHi)
      : lo + (((this.day - lo + delta) % nz) + nz) % nz;
    this.setDate(this.days[day]);
  };

  Timeline.prototype.play = function () {
    if (this.timer || !this.days.length) { return; }
    if (this.day < this.zLo || this.day >= this.zHi) {
      this.setDate(this.days[this.zLo]);
    } else {
      this.step(1);
    }
    this._restartTimer();
    this.playButton.textContent = 'Pause';
    this.playButton.setAttribute('aria-pressed', 'true');
  };

  Timeline.prototype._restartTimer = function () {
    var self = this;
    if (this.timer) { window.clearInterval(this.timer); }
    var speed = this.speedSelect ? this.speedSelect.value : 'normal';
    var delay = Object.prototype.hasOwnProperty.call(PLAY_DELAYS, speed) ? PLAY_DELAYS[speed]
      : PLAY_DELAYS.normal;
    this.timer = window.setInterval(function () {
      if (self.day >= self.zHi) { self.pause(); } else { self.step(1); }
    }, delay);
  };

  Timeline.prototype.pause = function () {
    if (this.timer) { window.clearInterval(this.timer); }
    this.timer = 0;
    this.playButton.textContent = 'Play';
    this.playButton.setAttribute('aria-pressed', 'false');
  };
}());
