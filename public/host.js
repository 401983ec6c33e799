// kehoach-bdg iframe helper (optional). On a page that shows the widget in an
// iframe, include this once:
//   <iframe src="…/kehoach-bdg/index.html?issuer=…" data-kehoach-bdg-frame
//           title="Soạn kế hoạch bình đẳng giới" style="width:100%;border:0"></iframe>
//   <script src="…/kehoach-bdg/host.js"></script>
// The widget reports its height; this sets the iframe to it, so the page has
// one scrollbar, not two. Nothing else is read or sent.
(function () {
  'use strict';
  window.addEventListener('message', function (ev) {
    var data = ev.data;
    if (!data || data.type !== 'kehoach-bdg:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-kehoach-bdg-frame]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === ev.source) {
        frames[i].style.height = Math.ceil(Math.max(200, Math.min(data.height, 100000))) + 'px';
      }
    }
  });
})();
