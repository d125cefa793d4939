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
import { action, type FunctionDef } from '../core/runtime';

export const articlesFunction: FunctionDef = {
  name: 'articles',
  actions: {
    create: action(createArticleSchema, createArticle),
    save: action(saveArticleSchema, saveArticle),
    get: action(getArticleSchema, getArticle),
    list: action(listArticlesSchema, listArticles),
    addPublication: action(addPublicationSchema, addPublication),
    removePublication: action(removePublicationSchema, removePublication),
  },
};
