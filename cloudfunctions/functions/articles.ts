// The articles cloud function: editors write articles from leads and record where they ran; reporters read theirs.
import { createArticle } from '../core/articles/create';
import { saveArticle } from '../core/articles/edit';
import { getArticle, listArticles } from '../core/articles/lists';
import { addPublication, removePublication } from '../core/articles/publications';
import {
  addPublicationSchema,
  createArticleSchema,
  getArticleSchema,
  listArticlesSchema,
  removePublicationSchema,
  saveArticleSchema,
} from '../core/articles/schemas';
import { action, defineFunction, DESK, EVERYONE } from '../core/runtime';

export const articlesFunction = defineFunction('articles', {
  create: action({ roles: DESK, schema: createArticleSchema, run: createArticle }),
  save: action({ roles: DESK, schema: saveArticleSchema, run: saveArticle }),
  /** Reporters see the articles citing their leads. */
  get: action({ roles: EVERYONE, schema: getArticleSchema, run: getArticle }),
  /** Newest first. */
  list: action({ roles: DESK, schema: listArticlesSchema, run: listArticles }),
  /** Adds a publication (or replaces `publicationId`); the article becomes `published`. */
  addPublication: action({ roles: DESK, schema: addPublicationSchema, run: addPublication }),
  /** The article goes back to `draft` when its last publication is removed. */
  removePublication: action({ roles: DESK, schema: removePublicationSchema, run: removePublication }),
});
