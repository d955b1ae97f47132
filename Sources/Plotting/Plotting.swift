// Plotting: declarative figures drawn by Cairo into PNG, SVG and PDF (DESIGN.md, STYLE.md).
