/// The one script of the pages, served at `/assets/suggest.js` (the CSP allows scripts from Chancery only, and no
/// inline script): every `<input data-suggest="kind">` (or `data-suggest-from`) gets a `<datalist>` (its own, or the one its `list` names,
/// which the server may have filled for browsers without scripts) that fills from `GET /suggest/{kind}?q=…` as the
/// person types, a moment after the last key. The form is the same without it: the server checks what is sent.
///
/// - `data-suggest-multiple`: a comma-separated field (units, nations): the text after the last comma is matched,
///   and each option is the whole field with it completed.
/// - `data-suggest-from="select-id"`: the kind follows a select (the kind of an access entry or list member):
///   `data-suggest-<value>` names the kind for each of its values; a value with none suggests nothing.
/// - `data-suggest-select="select-id"`: a search box for a select (the booking form's patient): picking a suggestion
///   chooses it in the select (added there if the server's list did not hold it) and shows its label in the box.
package enum SuggestScript {
    package static let javaScript = #"""
        (function () {
          'use strict';
          var delay = 250;

          function kindOf(input) {
            var from = input.getAttribute('data-suggest-from');
            if (!from) { return input.getAttribute('data-suggest') || ''; }
            var select = document.getElementById(from);
            return select ? (input.getAttribute('data-suggest-' + select.value) || '') : '';
          }

          function attach(input) {
            var list = input.list;
            if (!list) {
              list = document.createElement('datalist');
              list.id = (input.id || input.name) + '-suggestions';
              input.insertAdjacentElement('afterend', list);
              input.setAttribute('list', list.id);
            }
            input.setAttribute('autocomplete', 'off');
            var multiple = input.hasAttribute('data-suggest-multiple');
            var target = document.getElementById(input.getAttribute('data-suggest-select') || '');
            var timer = null;
            var asked = '';
            var pending = null;

            function fill(prefix, items) {
              while (list.firstChild) { list.removeChild(list.firstChild); }
              items.forEach(function (item) {
                var option = document.createElement('option');
                option.value = prefix + item.value;
                option.textContent = item.label;
                list.appendChild(option);
              });
            }

            function ask() {
              var kind = kindOf(input);
              var prefix = '';
              var text = input.value;
              if (multiple) {
                var cut = text.lastIndexOf(',');
                if (cut >= 0) {
                  var rest = text.slice(cut + 1);
                  prefix = text.slice(0, cut + 1) + rest.match(/^\s*/)[0];
                  text = rest;
                }
              }
              text = text.trim();
              var key = kind + '\n' + prefix + text;
              if (!kind || !text || text.length > 100 || key === asked) { return; }
              asked = key;
              if (pending) { pending.abort(); }
              pending = new AbortController();
              fetch('/suggest/' + encodeURIComponent(kind) + '?q=' + encodeURIComponent(text), {
                credentials: 'same-origin', headers: { 'Accept': 'application/json' }, signal: pending.signal
              }).then(function (response) {
                var type = response.headers.get('Content-Type') || '';
                return response.ok && type.indexOf('application/json') === 0 ? response.json() : null;
              }).then(function (body) {
                if (body && Array.isArray(body.items)) { fill(prefix, body.items); }
              }).catch(function () {});
            }

            function choose() {
              var picked = null;
              Array.prototype.forEach.call(list.options, function (option) {
                if (option.value === input.value) { picked = option; }
              });
              if (!picked) { return false; }
              var chosen = null;
              Array.prototype.forEach.call(target.options, function (option) {
                if (option.value === picked.value) { chosen = option; }
              });
              if (!chosen) {
                chosen = document.createElement('option');
                chosen.value = picked.value;
                chosen.textContent = picked.textContent;
                target.insertBefore(chosen, target.firstChild);
              }
              target.value = picked.value;
              input.value = picked.textContent;
              asked = kindOf(input) + '\n' + input.value.trim();
              return true;
            }

            input.addEventListener('input', function () {
              if (target && choose()) { return; }
              clearTimeout(timer);
              timer = setTimeout(ask, delay);
            });
            var from = input.getAttribute('data-suggest-from');
            var select = from ? document.getElementById(from) : null;
            if (select) {
              select.addEventListener('change', function () { asked = ''; fill('', []); });
            }
          }

          document.querySelectorAll('input[data-suggest], input[data-suggest-from]').forEach(attach);
        })();
        """#
}
