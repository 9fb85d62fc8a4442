// aleppomap's timeline map: the date slider, its mode, play/pause and the state it selects.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var dayLabel = am.dayLabel;

  var PLAY_DELAY = 1500;   // ms per day when playing

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
}());
