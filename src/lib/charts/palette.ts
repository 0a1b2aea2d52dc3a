/**
 * The Analysis Function categorical palette: every colour passes 3:1 against white and
 * against its neighbour. Blue and dark pink look alike in greyscale, so charts that use
 * more than two colours also differ by pattern and carry direct labels.
 */
export const palette = ["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"] as const;

/** Text colour with at least 4.5:1 contrast on each palette colour. */
export const textOnPalette = ["#ffffff", "#0b0c0c", "#ffffff", "#0b0c0c", "#ffffff", "#0b0c0c"] as const;

/** Fill treatment per position: solid first, patterns where greyscale alone would confuse. */
export const patternOnPalette = [undefined, undefined, "hatch", "dots", undefined, "hatch"] as const;

export const textColour = "#1a1a1a";
