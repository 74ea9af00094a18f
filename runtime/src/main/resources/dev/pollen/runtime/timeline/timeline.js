// Zoom, pan and details for the timeline drawn above. Each element keeps where the picture first
// put it in data- attributes; zooming and panning move them from there. No network, no library.
(function () {
  var svg = document.getElementById('timeline');
  var details = document.getElementById('details');
  var LEFT = Number(svg.getAttribute('data-left'));
  var k = 1;
  var tx = 0;
  var drag = null;

  function all(selector) {
    return Array.prototype.slice.call(svg.querySelectorAll(selector));
  }
  function num(el, name) {
    return Number(el.getAttribute(name));
  }
  function X(x) {
    return LEFT + (x - LEFT) * k + tx;
  }
  function arrow(x1, y1, x2, y2) {
    var lift = Math.min(12, 4 + Math.abs(x2 - x1) / 8);
    return 'M' + x1 + ',' + y1 + ' C' + x1 + ',' + (y1 - lift) + ' ' + x2 + ',' + (y2 - lift) + ' ' + x2 + ',' + y2;
  }

  function redraw() {
    all('rect.poll').forEach(function (r) {
      r.setAttribute('x', X(num(r, 'data-x')));
      r.setAttribute('width', Math.max(1, num(r, 'data-w') * k));
    });
    all('rect.timer, rect.interrupt').forEach(function (r) {
      r.setAttribute('x', X(num(r, 'data-x')));
    });
    all('path.wake').forEach(function (p) {
      p.setAttribute('d', 'M' + X(num(p, 'data-x')) + ',' + num(p, 'data-y') + ' l-3,-5 h6 z');
    });
    all('path.wake-arrow').forEach(function (p) {
      p.setAttribute('d', arrow(X(num(p, 'data-x1')), num(p, 'data-y1'), X(num(p, 'data-x2')), num(p, 'data-y2')));
    });
    all('line.tick-line').forEach(function (l) {
      l.setAttribute('x1', X(num(l, 'data-x')));
      l.setAttribute('x2', X(num(l, 'data-x')));
    });
    all('text.tick').forEach(function (t) {
      t.setAttribute('x', X(num(t, 'data-x')) + 2);
    });
  }

  // Zooms by factor around the picture's x coordinate at (the point there stays put).
  function zoom(factor, at) {
    var x0 = LEFT + (at - LEFT - tx) / k;
    k = Math.max(0.05, Math.min(200, k * factor));
    tx = at - LEFT - (x0 - LEFT) * k;
    redraw();
  }
  function pan(dx) {
    tx += dx;
    redraw();
  }
  function reset() {
    k = 1;
    tx = 0;
    redraw();
  }
  function svgX(event) {
    var box = svg.getBoundingClientRect ? svg.getBoundingClientRect() : { left: 0 };
    return event.clientX - box.left;
  }

  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.25 : 0.8, svgX(e));
  });
  svg.addEventListener('mousedown', function (e) {
    drag = e.clientX;
  });
  window.addEventListener('mousemove', function (e) {
    if (drag !== null) {
      pan(e.clientX - drag);
      drag = e.clientX;
    }
  });
  window.addEventListener('mouseup', function () {
    drag = null;
  });
  svg.addEventListener('mouseover', function (e) {
    var t = e.target;
    var title = t && t.querySelector ? t.querySelector('title') : null;
    if (title) {
      details.textContent = title.textContent;
    }
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.5, LEFT); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1 / 1.5, LEFT); });
  document.getElementById('reset').addEventListener('click', reset);

  // The counts under the picture come from what was drawn, so they check the drawing.
  var polls = {};
  all('rect.poll').forEach(function (r) {
    if ((r.getAttribute('class') || '').indexOf('worker-poll') < 0) {
      var task = r.getAttribute('data-task');
      polls[task] = (polls[task] || 0) + 1;
    }
  });
  var summary = [];
  Object.keys(polls).sort(function (a, b) { return a - b; }).forEach(function (task) {
    summary.push('task ' + task + ': ' + polls[task] + (polls[task] === 1 ? ' poll' : ' polls'));
  });
  summary.push(all('path.wake-arrow').length + ' wakes led to a poll');
  document.getElementById('summary').textContent = summary.join(' · ');

  window.timeline = { zoom: zoom, pan: pan, reset: reset, scale: function () { return k; } };
})();
