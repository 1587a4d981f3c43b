/** The knowledge base and directory search: articles, services, departments and agencies in one search. */

export { articleExists, articleSlugs, phoneArticleChoices } from "./knowledge-base.articles.js";
export { synonymGroups } from "./knowledge-base.repository.js";
export { knowledgeBaseRoutes } from "./knowledge-base.routes.js";
export { refreshVocabulary, type SearchOptions, search } from "./knowledge-base.search.js";
