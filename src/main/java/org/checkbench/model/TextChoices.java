package org.checkbench.model;

/**
 * What the checker chose when an article's text looked hard-wrapped or carried repeated page
 * headers: remembered per article so the next draft is treated the same way without asking.
 *
 * @param joinLines true: join wrapped lines into paragraphs; false: keep them; null: not asked yet
 * @param dropRepeatedLines true: drop repeated header/footer lines; null: not asked yet
 */
public record TextChoices(long articleId, Boolean joinLines, Boolean dropRepeatedLines) {

    public static TextChoices none(long articleId) {
        return new TextChoices(articleId, null, null);
    }
}
