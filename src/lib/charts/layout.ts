/** The drawing's own coordinate space; the SVG scales to the column (see figures.css). */
export const chartWidth = 400;
export const fontSize = 16;
export const lineHeight = 20;
