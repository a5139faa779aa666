/**
 * A page-side check of what the other engines showed going wrong, as a list of problems (empty when none):
 * a chart title or table heading cut short, a table number clipped or touching its neighbour, two tick labels of one chart
 * overlapping. Evaluated in the page by either driver.
 */
export const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const textBox = (node) => { const range = document.createRange(); range.selectNodeContents(node); return range.getBoundingClientRect(); };
  for (const title of document.querySelectorAll('.chart-header h2')) {
    if (title.getClientRects().length && title.scrollWidth > title.clientWidth) problems.push('title cut: ' + title.textContent);
  }
  for (const head of document.querySelectorAll('.training-table thead th')) {
    if (head.scrollWidth > head.clientWidth) problems.push('heading cut: ' + head.textContent);
  }
  for (const row of document.querySelectorAll('.training-table tbody tr')) {
    const cells = [...row.querySelectorAll('td.live')];
    for (const cell of cells) {
      const text = textBox(cell), box = cell.getBoundingClientRect();
      if (text.width > 0 && (text.left < box.left || text.right > box.right)) problems.push('number clipped: ' + cell.textContent);
    }
    for (let i = 1; i < cells.length; i++) {
      const gap = textBox(cells[i]).left - textBox(cells[i - 1]).right;
      if (gap < 4) problems.push('numbers run together: ' + cells[i - 1].textContent + ' | ' + cells[i].textContent);
    }
  }
  for (const svg of document.querySelectorAll('svg')) {
    const ticks = [...svg.querySelectorAll('text.tick')].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() })).filter((t) => t.box.width > 0);
    for (let i = 0; i < ticks.length; i++) for (let j = i + 1; j < ticks.length; j++) {
      const a = ticks[i].box, b = ticks[j].box;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push('ticks overlap: ' + ticks[i].text + ' / ' + ticks[j].text);
    }
  }
  return problems;
})()`;
