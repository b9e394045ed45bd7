/** The datasets of the loaded bundle, shared so a source reference can show its dataset's title. */
import { createContext } from 'svelte';
import type { SourceInfo } from '../../model/types';

/** A getter, so the catalogue follows the bundle when a new version is installed. */
export type SourceCatalogue = () => readonly SourceInfo[];

export const [getSourceCatalogue, setSourceCatalogue, hasSourceCatalogue] =
	createContext<SourceCatalogue>();
