package dev.copydesk.core.checks.duplicate;

/** Union-find over {@code 0..n-1} with path halving and union by size. */
final class DisjointSets {
    private final int[] parent;
    private final int[] size;

    DisjointSets(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        int i = x;
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The root of {@code x}'s set without compressing the path: safe to call from several threads. */
    int root(int x) {
        int i = x;
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; whether they were apart. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }
}
