// The built-in detectors, one per category. Each is a pure function of (doc, settings, policy).
import type { Detector } from '../policy';

export const detectors: Detector[] = [];
