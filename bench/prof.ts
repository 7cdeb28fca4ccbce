import { checkManifest } from '../src/model/checker/index.ts';
import { flatMap } from './shapes.ts';
const t = flatMap(5e6); checkManifest(t);
const t0 = performance.now(); checkManifest(t); console.log(performance.now() - t0);
