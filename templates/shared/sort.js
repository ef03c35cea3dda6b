/* global document */
// Sorting by column: a convenience only; every table reads the same without it.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'da';
  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    var body = table.tBodies[0];
    if (!body) return;
    // The hint for a table sits in its section, or in the page when there is one table.
    var section = table.closest('section');
    var hint = section ? section.querySelector('.kvs-sort-hint') : document.querySelector('.kvs-sort-hint');
    if (hint) hint.hidden = false;
    var heads = table.querySelectorAll('thead th[data-sort]');
    Array.prototype.forEach.call(heads, function (th) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'kvs-sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var column = th.cellIndex;
        var numeric = th.getAttribute('data-sort') === 'number';
        var value = function (row) {
          var cell = row.cells[column];
          if (!cell) return '';
          var raw = cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent;
          return numeric ? Number(raw) : String(raw).trim();
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a);
          var y = value(b);
          var order = numeric ? x - y : String(x).localeCompare(String(y), lang);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
