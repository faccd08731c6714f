package org.crossflag.gateway.matching;

import java.util.Arrays;

/**
 * Blocking-key postings: for each key, the slots of the people who carry it. Keys are small by design (a kind and
 * at most 20 bits), so each kind is a directly indexed array of slot lists and no hashing is needed. A list is an
 * {@code int[]} whose first element is its length. Not thread-safe.
 */
final class Postings {

    private static final int KINDS = 7;
    private static final int MAX_WIDTH = 20;
    private final int[][][] lists = new int[KINDS][][];

    void add(int key, int slot) {
        int[][] kind = kind(key);
        int index = key & 0xffffff;
        int[] list = kind[index];
        if (list == null) {
            list = new int[4];
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[++list[0]] = slot;
        kind[index] = list;
    }

    void remove(int key, int slot) {
        int[] list = kind(key)[key & 0xffffff];
        if (list == null) {
            return;
        }
        for (int i = 1; i <= list[0]; i++) {
            if (list[i] == slot) {
                list[i] = list[list[0]];
                list[0]--;
                return;
            }
        }
    }

    /** The slot list of {@code key} (length first), or null. */
    int[] slots(int key) {
        int kindIndex = key >>> 24;
        if (kindIndex >= KINDS || lists[kindIndex] == null) {
            return null;
        }
        return lists[kindIndex][key & 0xffffff];
    }

    private int[][] kind(int key) {
        int kindIndex = key >>> 24;
        if (lists[kindIndex] == null) {
            lists[kindIndex] = new int[1 << MAX_WIDTH][];
        }
        return lists[kindIndex];
    }
}
