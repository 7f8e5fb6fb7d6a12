/** WCAG 2.x relative luminance and contrast ratio, for the palette tests. */

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) {
    throw new Error(`Expected a colour like #1a2b3c, got "${hex}"`);
  }
  const value = match[1];
  return [0, 2, 4].map((start) => parseInt(value.slice(start, start + 2), 16)) as unknown as Rgb;
}

/** Paints a translucent colour over an opaque one. */
export function blend(over: Rgb, alpha: number, under: Rgb): Rgb {
  return over.map(
    (channel, index) => channel * alpha + (under[index] ?? 0) * (1 - alpha),
  ) as unknown as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
