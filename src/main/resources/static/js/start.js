// The start page: AWS-style shortcut links and filtering accounts as you type.
(function () {
  'use strict';

  // Shortcut links in AWS's format, /start/#/console?account_id=...&role_name=...&destination=...,
  // carry their parameters in the fragment, which never reaches the server: hand them to the server route.
  var shortcut = window.location.hash.match(/^#\/console\?(.*)$/);
  if (shortcut) {
    var allowed = ['account_id', 'role_name', 'destination'];
    var given = new URLSearchParams(shortcut[1]);
    var forwarded = new URLSearchParams();
    allowed.forEach(function (name) {
      if (given.has(name)) {
        forwarded.set(name, given.get(name));
      }
    });
    window.location.replace('/start/console?' + forwarded.toString());
    return;
  }

  var search = document.getElementById('account-search');
  var list = document.getElementById('accounts');
  if (!search || !list) {
    return;
  }
  var accounts = Array.prototype.slice.call(list.querySelectorAll('details.account'));
  var noMatch = document.querySelector('[data-no-match]');

  function filter() {
    var needle = search.value.trim().toLowerCase();
    var shown = 0;
    accounts.forEach(function (account) {
      var match = needle === '' || account.getAttribute('data-search').indexOf(needle) !== -1;
      account.hidden = !match;
      if (match) {
        shown++;
      }
    });
    if (noMatch) {
      noMatch.hidden = shown !== 0 || accounts.length === 0;
    }
  }

  search.addEventListener('input', filter);
  if (accounts.length === 1) {
    accounts[0].open = true;
  }
}());
