// The access keys popup: shell tabs, copy buttons and the countdown to expiry. Works on the stand-alone page
// and inside the start page's dialog (Gatehouse.enhanceCredentials). Without JavaScript everything shows at once.
(function () {
  'use strict';

  function enhanceTabs(root) {
    var container = root.querySelector('[data-tabs]');
    var tablist = container && container.querySelector('[data-tablist]');
    if (!tablist) {
      return;
    }
    var panels = Array.prototype.slice.call(container.querySelectorAll('section.shell'));
    var tabs = panels.map(function (panel, index) {
      var tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.id = panel.id + '-tab';
      tab.setAttribute('aria-controls', panel.id);
      tab.textContent = panel.getAttribute('data-tab-label');
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      var heading = panel.querySelector('h3');
      if (heading) {
        heading.hidden = true;
      }
      tab.addEventListener('click', function () {
        select(index);
      });
      tablist.appendChild(tab);
      return tab;
    });

    function select(chosen) {
      tabs.forEach(function (tab, index) {
        var selected = index === chosen;
        tab.setAttribute('aria-selected', String(selected));
        tab.className = selected ? '' : 'secondary outline';
        panels[index].hidden = !selected;
      });
    }

    var windows = /Windows/.test(navigator.userAgent);
    select(windows ? 2 : 0);
    tablist.hidden = false;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand('copy');
    } finally {
      document.body.removeChild(area);
    }
    return Promise.resolve();
  }

  function enhanceCopyButtons(root) {
    Array.prototype.forEach.call(root.querySelectorAll('button[data-copy]'), function (button) {
      var source = root.querySelector(button.getAttribute('data-copy'));
      if (!source) {
        return;
      }
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener('click', function () {
        copyText(source.textContent).then(function () {
          button.textContent = '✓ ' + label;
          window.setTimeout(function () {
            button.textContent = label;
          }, 1500);
        });
      });
    });
  }

  function enhanceCountdown(root) {
    var countdown = root.querySelector('[data-countdown]');
    if (!countdown) {
      return;
    }
    var expires = Date.parse(countdown.getAttribute('data-expires'));
    var remainingText = countdown.getAttribute('data-remaining-text');
    var expiredText = countdown.getAttribute('data-expired-text');
    var timer;

    function two(n) {
      return (n < 10 ? '0' : '') + n;
    }

    function tick() {
      if (!document.body.contains(countdown)) {
        window.clearInterval(timer);
        return;
      }
      var left = Math.floor((expires - Date.now()) / 1000);
      if (left <= 0) {
        countdown.textContent = expiredText;
        countdown.classList.add('expired');
        window.clearInterval(timer);
        return;
      }
      var time = Math.floor(left / 3600) + ':' + two(Math.floor(left / 60) % 60) + ':' + two(left % 60);
      countdown.textContent = remainingText.replace('{0}', time);
    }

    countdown.hidden = false;
    tick();
    timer = window.setInterval(tick, 1000);
  }

  function enhance(root) {
    enhanceTabs(root);
    enhanceCopyButtons(root);
    enhanceCountdown(root);
  }

  window.Gatehouse = window.Gatehouse || {};
  window.Gatehouse.enhanceCredentials = enhance;

  var page = document.querySelector('main #credentials-popup');
  if (page) {
    enhance(page);
  }
}());
