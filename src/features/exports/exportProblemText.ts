import { t } from '@lingui/core/macro';
import { errorText } from '../../text/coreProblemText';
import { ChartExportError } from './chartExport';

/** Why a chart export failed, in the screen's language; any other error as the page words errors. */
export function chartExportProblemText(error: unknown): string {
  if (!(error instanceof ChartExportError)) return errorText(error);
  switch (error.code) {
    case 'notVector':
      return t`this chart has a layer that cannot be drawn as vector, so the SVG cannot be made.`;
    case 'noCanvas':
      return t`this browser cannot draw on a canvas, so the PNG cannot be made.`;
    case 'noPng':
      return t`the browser could not encode the PNG.`;
  }
}
