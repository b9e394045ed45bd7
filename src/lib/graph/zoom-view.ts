/** The attachment both network renderers share: d3-zoom listens on the element, which reports its size. */
import { select, zoom, type ZoomTransform } from 'd3';

export interface Size {
	width: number;
	height: number;
}

/** `{@attach zoomView(8, (t) => (view = t), (s) => (size = s))}`: zoom from 0.1× to `maxScale`×. */
export function zoomView<E extends HTMLElement | SVGSVGElement>(
	maxScale: number,
	onzoom: (transform: ZoomTransform) => void,
	onsize: (size: Size) => void
): (element: E) => () => void {
	return (element) => {
		const behaviour = zoom<E, unknown>()
			.scaleExtent([0.1, maxScale])
			.on('zoom', (event: { transform: ZoomTransform }) => onzoom(event.transform));
		select(element).call(behaviour);
		const observer = new ResizeObserver(() =>
			onsize({ width: element.clientWidth, height: element.clientHeight })
		);
		observer.observe(element);
		return () => {
			observer.disconnect();
			select(element).on('.zoom', null);
		};
	};
}
