/**
 * A version the image's tag contradicts: the checker's version-image-mismatch
 * (rules/storageVsModeAndVersion.ts) and the wizard's image field (valuesRules.ts) both ask here.
 */
import { compareVersions, parseVersion, versionFromImage, type MilvusVersion } from '../../facts/versions.ts';

/**
 * A version (a label, or the version the wizard's user chose) that the image's tag contradicts; an
 * image whose tag names no version contradicts nothing. The image decides what runs.
 */
export function imageVersionDisagrees(versionText: string, image: string): boolean {
  const version = parseVersion(versionText);
  const tagged = versionFromImage(image.trim());
  return version !== null && tagged !== null && !sameVersion(version, tagged, versionText);
}

/** `2.5` agrees with any 2.5.x tag; `2.5.16` only with 2.5.16. */
function sameVersion(label: MilvusVersion, tag: MilvusVersion, text: string): boolean {
  return hasPatch(text)
    ? compareVersions(label, tag) === 0
    : label.major === tag.major && label.minor === tag.minor;
}

/** Whether a version text names its patch (`2.5.16`, not `2.5`). */
export function hasPatch(text: string): boolean {
  return /^v?\d+\.\d+\.\d+/.test(text.trim());
}
