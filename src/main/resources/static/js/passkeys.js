// Passkeys: signing in with one ([data-passkey-signin]), confirming a change with one ([data-passkey-confirmation])
// and registering one ([data-passkey-registration]),
// in the JSON shapes of Spring Security's WebAuthn endpoints.
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function fromBase64Url(value) {
    var text = window.atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(element, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[element.getAttribute('data-csrf-header')] = element.getAttribute('data-csrf-token');
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function show(element, selector, text) {
    var target = element.querySelector(selector);
    if (target) {
      if (text) {
        target.textContent = text;
      }
      target.hidden = false;
    }
  }

  // A refused request fails with its ProblemDetail's detail, or with the page's own words when it has none.
  function refused(element, response) {
    return response.json().then(function (problem) {
      return problem && problem.detail ? problem.detail : null;
    }, function () {
      return null;
    }).then(function (text) {
      throw new Error(text || element.getAttribute('data-message-cancelled'));
    });
  }

  function descriptors(credentials) {
    return (credentials || []).map(function (credential) {
      return Object.assign({}, credential, { id: fromBase64Url(credential.id) });
    });
  }

  // Asks the browser's authenticator to answer the options of /webauthn/authenticate/options; resolves to the
  // answer in the JSON shape of Spring Security's /login/webauthn.
  function assertion(element) {
    return post(element, '/webauthn/authenticate/options').then(function (response) {
      if (!response.ok) {
        throw new Error('options ' + response.status);
      }
      return response.json();
    }).then(function (options) {
      options.challenge = fromBase64Url(options.challenge);
      options.allowCredentials = descriptors(options.allowCredentials);
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return {
        id: credential.id,
        rawId: toBase64Url(credential.rawId),
        response: {
          authenticatorData: toBase64Url(response.authenticatorData),
          clientDataJSON: toBase64Url(response.clientDataJSON),
          signature: toBase64Url(response.signature),
          userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      };
    });
  }

  function signIn(element) {
    element.querySelector('[data-passkey-error]').hidden = true;
    assertion(element).then(function (answer) {
      return post(element, '/login/webauthn', answer);
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('sign-in ' + response.status);
      }
      return response.json();
    }).then(function (result) {
      window.location.href = result.redirectUrl;
    }).catch(function () {
      show(element, '[data-passkey-error]');
    });
  }

  // Confirms a change with a passkey: the form posts the answer to the page's own address.
  function confirmChange(form) {
    form.querySelector('[data-passkey-error]').hidden = true;
    assertion(form).then(function (answer) {
      form.querySelector('input[name=passkey]').value = JSON.stringify(answer);
      form.submit();
    }).catch(function () {
      show(form, '[data-passkey-error]');
    });
  }

  function register(element) {
    var error = element.querySelector('[data-passkey-error]');
    var label = element.querySelector('input').value.trim();
    error.hidden = true;
    post(element, '/settings/security/passkeys/options').then(function (response) {
      if (!response.ok) {
        return refused(element, response);
      }
      return response.json();
    }).then(function (options) {
      options.challenge = fromBase64Url(options.challenge);
      options.user = Object.assign({}, options.user, { id: fromBase64Url(options.user.id) });
      options.excludeCredentials = descriptors(options.excludeCredentials);
      return navigator.credentials.create({ publicKey: options }).catch(function () {
        throw new Error(element.getAttribute('data-message-cancelled'));
      });
    }).then(function (credential) {
      var response = credential.response;
      return post(element, '/settings/security/passkeys', {
        publicKey: {
          label: label,
          credential: {
            id: credential.id,
            rawId: toBase64Url(credential.rawId),
            response: {
              attestationObject: toBase64Url(response.attestationObject),
              clientDataJSON: toBase64Url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          }
        }
      });
    }).then(function (response) {
      if (!response.ok) {
        return refused(element, response);
      }
      element.querySelector('[data-passkey-registered]').submit();
    }).catch(function (failure) {
      show(element, '[data-passkey-error]', failure.message);
    });
  }

  var supported = !!window.PublicKeyCredential;
  document.querySelectorAll('[data-passkey-signin]').forEach(function (element) {
    if (!supported) {
      element.hidden = true;
      return;
    }
    element.querySelector('[data-passkey-start]').addEventListener('click', function () {
      signIn(element);
    });
  });
  document.querySelectorAll('[data-passkey-confirmation]').forEach(function (form) {
    if (!supported) {
      return;
    }
    form.hidden = false;
    form.querySelector('[data-passkey-start]').addEventListener('click', function () {
      confirmChange(form);
    });
  });
  document.querySelectorAll('[data-passkey-registration]').forEach(function (element) {
    if (!supported) {
      element.querySelector('[data-passkey-register]').disabled = true;
      show(element, '[data-passkey-unsupported]');
      return;
    }
    element.querySelector('[data-passkey-register]').addEventListener('click', function () {
      register(element);
    });
  });
}());
