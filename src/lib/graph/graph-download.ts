/**
 * Saves the picture shown: SVG by serialising the element, PNG by drawing that SVG (or the
 * canvas) onto a canvas and `toBlob`. The SVG image loads from a blob: URL, which the CSP's
 * img-src already allows; nothing leaves the device.
 */
import { downloadBlob, downloadText } from '../export/download';

/** The SVG as a standalone file: the current zoom is dropped so the whole graph is in the picture. */
export function svgText(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.querySelector(':scope > g')?.removeAttribute('transform');
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large for a PNG'))),
			'image/png'
		)
	);
}

/** Draws the SVG text onto a canvas at `scale` and encodes it as PNG. */
export async function svgToPng(
	text: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(width * scale);
		canvas.height = Math.ceil(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas in this browser');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await canvasBlob(canvas);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export { canvasBlob, downloadBlob, downloadText };
