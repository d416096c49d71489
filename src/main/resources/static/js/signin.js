// Keeps the fragment of an AWS-style shortcut link (/start/#/console?...) across signing in: browsers carry a
// fragment over redirects but not over a form post, so the form's address takes it along.
(function () {
  'use strict';
  if (!/^#\/console\?/.test(window.location.hash)) {
    return;
  }
  var form = document.querySelector('form[method=post][action$="/signin"]');
  if (form) {
    form.setAttribute('action', form.getAttribute('action') + window.location.hash);
  }
}());
