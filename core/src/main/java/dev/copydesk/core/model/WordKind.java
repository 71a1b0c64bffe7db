package dev.copydesk.core.model;

/** Classification of a token produced by the segmenter. Only {@link #WORD} is spell-checked. */
public enum WordKind {
    /** An ordinary word, possibly hyphenated ({@code al-Jolani}) or with an apostrophe ({@code regime's}). */
    WORD,
    /** All-capital abbreviation such as {@code HTS} or {@code SOHR}. */
    ACRONYM,
    /** A number, possibly with a unit or version dots ({@code 2,000}, {@code 5km}, {@code v2.3.1}). */
    NUMBER,
    URL,
    EMAIL,
    HASHTAG,
    HANDLE,
    /** Something that looks like code or an identifier ({@code snake_case}, {@code camelCase()}). */
    CODE
}
