/**
 * `suara/topics`: complaint topics of a text (roads, flooding, waste, …)
 * with exact cue spans, a city's own topics, and aspect sentiment with
 * explicit / implied agency attribution.
 *
 * @packageDocumentation
 */
export { tagTopics, createTopicTagger, type TopicTagger, type TopicTaggerOptions, type TopicInput, type TopicCueInput } from './create-tagger';
export { topicSentiments, informationQuestions, type TopicSentimentInput, type TopicLookup } from './aspects';
export type { BuiltinTopicId, TopicAttribution, TopicCue, TopicInfo, TopicMention, TopicSentiment } from './types';
