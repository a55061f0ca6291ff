package com.vecton.crm.domain.access;

/**
 * The one matching rule shared by permission and resource patterns (identity.md section 3):
 * {@code *} matches exactly one segment, except as the last segment where it matches one or
 * more; {@code *} alone matches everything; any other segment matches itself only.
 *
 * <p>It runs for every policy and scope on every request, so it walks both strings by index
 * instead of splitting them or compiling a regex: no allocation, and no way for a policy to
 * smuggle regex syntax into a match. There is no partial glob: {@code con*} is the literal
 * segment {@code con*}. Matching is case-sensitive; an empty segment (as in {@code a..b}) is a
 * segment like any other. {@link ItemReach} relies on that: a segment that is not a star matches
 * one text only, so what a resource pattern reaches among a list's items is a set of literal ids.
 */
final class SegmentPattern {
    private SegmentPattern() {}

    static boolean matches(String pattern, String name, char separator) {
        if (pattern == null || name == null) {
            return false;
        }
        int patternLength = pattern.length();
        int nameLength = name.length();
        int p = 0;
        int n = 0;
        while (true) {
            if (n > nameLength) {
                // The name ran out of segments while the pattern still has one to match.
                return false;
            }
            int patternEnd = segmentEnd(pattern, p, separator);
            int nameEnd = segmentEnd(name, n, separator);
            boolean lastPatternSegment = patternEnd == patternLength;
            boolean star = patternEnd - p == 1 && pattern.charAt(p) == '*';
            if (star && lastPatternSegment) {
                // A trailing star takes this segment and everything after it.
                return true;
            }
            if (!star && !sameSegment(pattern, p, patternEnd, name, n, nameEnd)) {
                return false;
            }
            if (lastPatternSegment) {
                return nameEnd == nameLength;
            }
            p = patternEnd + 1;
            n = nameEnd + 1;
        }
    }

    private static int segmentEnd(String s, int from, char separator) {
        int end = s.indexOf(separator, from);
        return end < 0 ? s.length() : end;
    }

    private static boolean sameSegment(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
        int length = aEnd - aStart;
        return length == bEnd - bStart && a.regionMatches(aStart, b, bStart, length);
    }
}
