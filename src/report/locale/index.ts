/** The wording of each manuscript language. */
import type { Lang } from '../../study/types.ts';
import { en, type Messages } from './en.ts';
import { id } from './id.ts';

export type { Messages };

export const LOCALES: Record<Lang, Messages> = { id, en };
