// aleppomap's timeline map: the URL fragment that follows the state and restores it.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;

  var HASH_DELAY = 150;    // ms: the URL fragment follows the state, debounced

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
}());
