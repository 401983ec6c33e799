// kehoach-bdg iframe helper (optional). On a page that shows the widget in an
// iframe, include this once:
//   <iframe src="…/kehoach-bdg/index.html?issuer=…" data-kehoach-bdg-frame
//           title="Soạn kế hoạch bình đẳng giới" style="width:100%;border:0"></iframe>
//   <script src="…/kehoach-bdg/host.js"></script>
// The widget reports its height; this sets the iframe to it, so the page has
// one scrollbar, not two. Because the frame is then taller than the window,
// this also tells the widget which part of it is in sight (below the page's
// fixed or sticky menu), so that its dialogs open there, and scrolls the page
// when the widget moves focus to a field out of sight. Messages are only
// taken from the page's own kehoach-bdg frames; what is sent is where the
// frame is on the screen, nothing of the page's content.
(function () {
  'use strict';
  // Room left between the page's menu and a field brought under it, in px.
  var GAP = 8;
  // Frames that have spoken: {frame, origin, offsetTop, sent}.
  var known = [];

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-kehoach-bdg-frame]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function stateOf(frame) {
    for (var i = 0; i < known.length; i++) {
      if (known[i].frame === frame) return known[i];
    }
    var state = { frame: frame, origin: '*', offsetTop: 0, sent: '' };
    known.push(state);
    return state;
  }

  function number(value, low, high) {
    return typeof value === 'number' && isFinite(value) ? Math.max(low, Math.min(value, high)) : null;
  }

  // Where the frame's content starts, and how tall it is, in window pixels.
  function contentBox(frame) {
    var rect = frame.getBoundingClientRect();
    var style = getComputedStyle(frame);
    var padTop = parseFloat(style.paddingTop) || 0;
    var padBottom = parseFloat(style.paddingBottom) || 0;
    return { top: rect.top + frame.clientTop + padTop, height: frame.clientHeight - padTop - padBottom };
  }

  // The lowest bottom edge, from `from` down, of the fixed or sticky boxes
  // covering the top of the window over the frame (stacked menus too);
  // boxes that hold the frame, or taller than half the window, do not count.
  function coveredBottom(frame, from) {
    var rect = frame.getBoundingClientRect();
    var right = Math.max(0, document.documentElement.clientWidth - 1);
    var xs = [rect.left + 4, (rect.left + rect.right) / 2, rect.right - 4];
    var bottom = from;
    for (var round = 0; round < 3; round++) {
      var line = bottom + 1;
      var lowest = bottom;
      if (line >= window.innerHeight / 2) break;
      for (var i = 0; i < xs.length; i++) {
        var hits = document.elementsFromPoint(Math.max(0, Math.min(xs[i], right)), line);
        for (var j = 0; j < hits.length; j++) {
          var el = hits[j];
          if (el === frame || el.contains(frame)) continue;
          var position = getComputedStyle(el).position;
          if (position !== 'fixed' && position !== 'sticky') continue;
          var r = el.getBoundingClientRect();
          if (r.height < window.innerHeight / 2 && r.top <= line && r.bottom > lowest) lowest = r.bottom;
        }
      }
      if (lowest <= bottom) break;
      bottom = lowest;
    }
    return bottom;
  }

  // Tells a frame which part of it is in sight: `top` and `height` in the
  // frame's own coordinates, and how much of the frame is `below` it. Sent
  // only when it changed.
  function sendView(state) {
    var frame = state.frame;
    if (!frame.isConnected || !frame.contentWindow) return;
    var box = contentBox(frame);
    var covered = coveredBottom(frame, state.offsetTop);
    var top = Math.max(0, covered - box.top);
    var bottom = Math.min(box.height, window.innerHeight - box.top);
    var height = Math.max(0, bottom - top);
    var view = {
      type: 'kehoach-bdg:view',
      top: Math.round(top),
      height: Math.round(height),
      below: Math.round(Math.max(0, box.height - top - height)),
    };
    var key = view.top + ',' + view.height + ',' + view.below;
    if (key === state.sent) return;
    state.sent = key;
    frame.contentWindow.postMessage(view, state.origin);
  }

  // One update per frame of animation, however often the page scrolls.
  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      for (var i = 0; i < known.length; i++) sendView(known[i]);
    });
  }

  // Scrolls the page so that the frame's top..bottom (frame coordinates)
  // lies below the page's menu. A sticky menu may stick only once the page
  // has scrolled, so the result is measured once more.
  function reveal(state, top, bottom) {
    for (var pass = 0; pass < 2; pass++) {
      var box = contentBox(state.frame);
      var covered = coveredBottom(state.frame, state.offsetTop);
      var y0 = box.top + top;
      var y1 = box.top + bottom;
      var clear = pass === 0 ? y0 >= covered && y1 <= window.innerHeight : y0 >= covered;
      if (clear) return;
      window.scrollBy({ top: y0 - covered - GAP, behavior: 'instant' });
    }
  }

  window.addEventListener('message', function (ev) {
    var data = ev.data;
    if (!data || typeof data.type !== 'string') return;
    var frame = frameOf(ev.source);
    if (!frame) return;
    var state = stateOf(frame);
    // Replies go to the document that is in the frame now, and to no other.
    if (ev.origin && ev.origin !== 'null') state.origin = ev.origin;
    var offset = number(data.offsetTop, 0, 400);
    if (offset !== null) state.offsetTop = offset;
    if (data.type === 'kehoach-bdg:height') {
      var height = number(data.height, 200, 100000);
      if (height === null) return;
      frame.style.height = Math.ceil(height) + 'px';
      schedule();
    } else if (data.type === 'kehoach-bdg:reveal') {
      var top = number(data.top, -100000, 100000);
      var bottom = number(data.bottom, -100000, 100000);
      if (top === null || bottom === null) return;
      reveal(state, top, bottom);
      schedule();
    }
  });
  window.addEventListener('resize', schedule);
  // Captured: scrolling inside any of the page's scroll boxes moves the frame too.
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
})();
