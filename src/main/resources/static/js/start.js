// The start page: AWS-style shortcut links, filtering accounts as you type, and the access keys popup.
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

  enhanceCredentialsForms();

  var search = document.getElementById('account-search');
  var list = document.getElementById('accounts');
  if (!search || !list) {
    return;
  }
  var accounts = Array.prototype.slice.call(list.querySelectorAll('details.account'));
  var noMatch = document.querySelector('[data-no-match]');

  // Like the server's ?q=: part of the name, or part of the id with any dashes and spaces (1111-2222-3333) left out.
  function filter() {
    var needle = search.value.trim().toLowerCase();
    var digits = needle.replace(/[\s-]/g, '');
    var shown = 0;
    accounts.forEach(function (account) {
      var match = needle === '' || account.getAttribute('data-search').indexOf(needle) !== -1
          || (digits !== '' && account.getAttribute('data-account-id').indexOf(digits) !== -1);
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
  filter();
  if (accounts.length === 1) {
    accounts[0].open = true;
  }

  // "Access keys" posts its form to a new tab without JavaScript; with it, the answer opens in a dialog.
  function enhanceCredentialsForms() {
    var dialog = document.getElementById('credentials-dialog');
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    var body = dialog.querySelector('[data-dialog-body]');
    dialog.querySelector('[data-close-dialog]').addEventListener('click', function () {
      dialog.close();
    });
    // The credentials leave the page when the dialog closes.
    dialog.addEventListener('close', function () {
      body.replaceChildren();
    });
    Array.prototype.forEach.call(document.querySelectorAll('form[data-credentials]'), function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        open(form);
      });
    });

    function message(text) {
      var paragraph = document.createElement('p');
      paragraph.setAttribute('aria-busy', 'true');
      paragraph.textContent = text;
      body.replaceChildren(paragraph);
    }

    function open(form) {
      message(body.getAttribute('data-loading-text'));
      if (!dialog.open) {
        dialog.showModal();
      }
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { 'Accept': 'text/html' },
        credentials: 'same-origin',
        cache: 'no-store'
      }).then(function (response) {
        return response.text();
      }).then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var content = page.querySelector('#credentials-popup') || page.querySelector('main section');
        if (!content) {
          throw new Error('no content');
        }
        body.replaceChildren(document.importNode(content, true));
        if (window.Gatehouse && window.Gatehouse.enhanceCredentials) {
          window.Gatehouse.enhanceCredentials(body);
        }
      }).catch(function () {
        message(body.getAttribute('data-failed-text'));
        body.firstChild.removeAttribute('aria-busy');
      });
    }
  }
}());
