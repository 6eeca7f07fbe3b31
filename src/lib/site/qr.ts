import QRCode from 'qrcode';

/** The codes drawn in this build, by address. */
const drawn = new Map<string, Promise<string>>();

/**
 * A QR code of an address, as SVG, made at build time (the `qrcode`
 * library): black on white whatever the page's colours, so a phone reads it
 * from screen or paper; error correction M (15%), enough for a printed page
 * that is folded or marked; a quiet zone of 4 modules, as the standard asks.
 * Deterministic: the same address gives the same bytes.
 *
 * @example await urlToQrSvg('https://policy.example.gov.cn/zh/services-trade/tasks/12/') // → '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37" …'
 */
export function urlToQrSvg(url: string): Promise<string> {
  // A task is in the packet of each body it names (lead, cooperating, higher), so most addresses are drawn several times: once is enough.
  let svg = drawn.get(url);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
    drawn.set(url, svg);
  }
  return svg;
}
