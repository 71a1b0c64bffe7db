/* copydesk HTML report: filters, keyboard navigation and messages (Apache-2.0, written for copydesk).
   Reads the page only through DOM properties and writes only textContent, so no document text is
   ever parsed as HTML. */
(function () {
  'use strict';
  var check = document.getElementById('f-check');
  var severity = document.getElementById('f-sev');
  var doc = document.getElementById('f-doc');
  var status = document.getElementById('f-status');
  var tip = document.getElementById('tip');
  var rows = Array.prototype.slice.call(document.querySelectorAll('.js-filter'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('.js-mark'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.check'));

  function matches(el, attribute, wanted) {
    if (!wanted || !el.hasAttribute(attribute)) {
      return true;
    }
    return el.getAttribute(attribute).split(' ').indexOf(wanted) >= 0;
  }

  function apply() {
    var shown = 0;
    var total = 0;
    rows.forEach(function (el) {
      var ok = matches(el, 'data-check', check.value) && matches(el, 'data-sev', severity.value)
        && matches(el, 'data-doc', doc.value);
      el.hidden = !ok;
      if (el.classList.contains('finding')) {
        total++;
        shown += ok ? 1 : 0;
      }
    });
    marks.forEach(function (el) {
      var ok = matches(el, 'data-check', check.value) && matches(el, 'data-sev', severity.value);
      el.classList.toggle('off', !ok);
      if (el.tagName === 'MARK') {
        el.tabIndex = ok ? 0 : -1;
      }
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector('.finding:not([hidden])') === null;
    });
    status.textContent = shown + ' of ' + total + ' rows shown';
  }

  function showTip(el) {
    tip.textContent = el.title;
    tip.hidden = false;
  }

  function visibleItems() {
    return Array.prototype.slice.call(document.querySelectorAll('.finding, mark.m')).filter(function (el) {
      return !el.classList.contains('off') && el.offsetParent !== null;
    });
  }

  function step(direction) {
    var items = visibleItems();
    if (items.length === 0) {
      return;
    }
    var at = items.indexOf(document.activeElement);
    var next = at < 0 ? (direction > 0 ? 0 : items.length - 1) : (at + direction + items.length) % items.length;
    items[next].focus();
    items[next].scrollIntoView({ block: 'center' });
  }

  [check, severity, doc].forEach(function (select) {
    select.addEventListener('change', apply);
  });
  document.getElementById('filters').addEventListener('reset', function () {
    window.setTimeout(apply, 0);
  });
  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('mark.m') : null;
    if (mark) {
      showTip(mark);
    }
  });
  document.addEventListener('focusin', function (event) {
    if (event.target.matches && event.target.matches('mark.m')) {
      showTip(event.target);
    }
  });
  document.addEventListener('keydown', function (event) {
    var tag = event.target.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === 'SELECT' || tag === 'INPUT') {
      return;
    }
    if (event.key === 'j') {
      step(1);
    } else if (event.key === 'k') {
      step(-1);
    } else if (event.key === '/') {
      event.preventDefault();
      check.focus();
    } else if (event.key === 'Escape') {
      tip.hidden = true;
    } else if (event.key === 'Enter' && event.target.matches && event.target.matches('mark.m')) {
      showTip(event.target);
    }
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) {
      d.open = true;
    });
  });
  apply();
}());
