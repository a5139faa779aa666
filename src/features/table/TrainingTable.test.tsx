import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createLabStore, LabStoreProvider, readTable, type RowDraft } from '../../state';
import { problemId, TableRow } from './TrainingTable';

function renderRow(cells: RowDraft['cells'], index = 1, canDelete = true): string {
  const draft: RowDraft = { id: 7, cells };
  const { problems } = readTable([{ id: 1, cells: ['0', '1', '1', '1'] }, draft]);
  return renderToStaticMarkup(
    <LabStoreProvider store={createLabStore()}>
      <table>
        <tbody>
          <TableRow index={index} draft={draft} problems={problems.filter((p) => p.row === index)} canDelete={canDelete} />
        </tbody>
      </table>
    </LabStoreProvider>,
  );
}

describe('TableRow', () => {
  it('names each field as the tests and screen readers know it, and keeps the text as typed', () => {
    const html = renderRow(['1.50', '0', '-2', '.5']);
    for (const name of ['Row 2, Input 1', 'Row 2, Input 2', 'Row 2, Input 3', 'Row 2, Target']) expect(html).toContain(`aria-label="${name}"`);
    expect(html).toContain('value="1.50"');
    expect(html).toContain('value=".5"');
    expect(html).toContain('aria-label="Delete row 2"');
    expect(html).not.toContain('aria-invalid');
  });

  it('marks an invalid cell and points it at the message that names it', () => {
    const html = renderRow(['abc', '0', '0', '2']);
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(2);
    expect(html).toContain(`aria-describedby="${problemId(1, 0)}"`);
    expect(html).toContain(`aria-describedby="${problemId(1, 3)}"`);
    expect(html.match(/class="cell is-invalid"/g)).toHaveLength(2);
    expect(html).toContain('value="abc"');
  });

  it('shows a dash for the live output and error until a frame arrives', () => {
    const html = renderRow(['1', '0', '0', '0']);
    expect(html).toContain('data-testid="output-2"');
    expect(html).toContain('data-testid="error-2"');
    // An empty attribute is written `data-value=""` or `data-value` by different renderers: the same HTML.
    expect(html).toMatch(/data-testid="output-2" data-value(="")? aria-live="off">–</);
  });

  it('disables Delete on the last remaining row', () => {
    expect(renderRow(['1', '0', '0', '0'], 1, false)).toMatch(/<button[^>]*aria-label="Delete row 2"[^>]*\sdisabled[\s=>]/);
  });
});
