/**
 * The modules (dark squares) of a QR code for a text, by qrcode-generator (Kazuhiko Arase's well-kept MIT
 * implementation of the standard): loaded when first asked for, so the first screen's JavaScript does not carry it.
 * Error correction level M (15% of the code can be lost: a smudged projector, a glare) and the smallest version
 * that holds the text.
 */
export interface QrModules {
  /** Modules on a side. */
  size: number;
  isDark(row: number, column: number): boolean;
}

export async function qrModules(text: string): Promise<QrModules> {
  const { default: qrcode } = await import('qrcode-generator');
  const code = qrcode(0, 'M');
  // Byte mode. A link is ASCII (a URL's serialization percent-encodes everything else); other text is sent as
  // UTF-8 bytes, one byte per character as the library's default conversion expects.
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  return { size: code.getModuleCount(), isDark: (row, column) => code.isDark(row, column) };
}

/** The dark modules as one SVG path, a unit square each, offset by the quiet zone. */
export function modulesPath(modules: QrModules, quietZone: number): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.isDark(row, column)) parts.push(`M${column + quietZone} ${row + quietZone}h1v1h-1z`);
    }
  }
  return parts.join('');
}
