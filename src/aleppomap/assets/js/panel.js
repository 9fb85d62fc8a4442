// aleppomap's timeline map: the entry panel: the legend, the list of photos, the summary.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
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
      'How precisely each place is known. Hover a point for its uncertainty.'));
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
        'Not located: ' + (ent.reason[k] || 'no place'))).dir = 'auto';  // quotes the caption
    } else {
      b.appendChild(this._rowPlaces(k));
    }
    b.appendChild(el('span', 'am-row-caption', ent.caption[k] || 'No caption')).dir = 'auto';
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
}());
