import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env['SUMMITRY_CONTENT'] ?? '../../../content';
const loose = z.object({}).passthrough();

export const collections = {
  summits: defineCollection({ loader: glob({ pattern: '**/*.md', base: `${root}/summits` }), schema: loose }),
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: `${root}/articles` }), schema: loose }),
};
