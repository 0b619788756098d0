package org.scorelab.core.engrave;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffPositionTest {

    @Test
    void namesFollowThePrimusConvention() {
        assertThat(StaffPosition.name(0)).isEqualTo("L1");
        assertThat(StaffPosition.name(1)).isEqualTo("S1");
        assertThat(StaffPosition.name(8)).isEqualTo("L5");
        assertThat(StaffPosition.name(9)).isEqualTo("S5");
        assertThat(StaffPosition.name(10)).isEqualTo("L6");
        assertThat(StaffPosition.name(-1)).isEqualTo("S0");
        assertThat(StaffPosition.name(-2)).isEqualTo("L0");
        assertThat(StaffPosition.name(-3)).isEqualTo("S-1");
        assertThat(StaffPosition.name(-4)).isEqualTo("L-1");
        assertThat(StaffPosition.name(40)).isEqualTo("L21");
    }

    @Test
    void parseInvertsName() {
        for (int p = -30; p <= 30; p++) {
            assertThat(StaffPosition.parse("x-" + StaffPosition.name(p), 2)).isEqualTo(p);
        }
        assertThat(StaffPosition.parse("L", 0)).isEqualTo(Integer.MIN_VALUE);
        assertThat(StaffPosition.parse("Q3", 0)).isEqualTo(Integer.MIN_VALUE);
        assertThat(StaffPosition.parse("L3a", 0)).isEqualTo(Integer.MIN_VALUE);
        assertThat(StaffPosition.parse("S-", 0)).isEqualTo(Integer.MIN_VALUE);
    }
}
