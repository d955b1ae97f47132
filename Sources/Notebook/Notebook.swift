// Notebook: the Markdown notebook document, the runner, the figure store and the HTML report.
