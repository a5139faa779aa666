import { scaleLinear } from 'd3-scale';
import { NEGATIVE, POSITIVE } from '../../ui/palette';

/**
 * The colour of a neuron output from 0 to 1: the screen's vermillion for 0, near-white for 0.5, its blue for 1
 * (the colours of negative and positive weights, told apart under colour-vision deficiencies). Never the only
 * cue: every coloured mark also carries its number or its shape.
 */
export const outputColour = scaleLinear<string>().domain([0, 0.5, 1]).range([NEGATIVE, '#f4f4f4', POSITIVE]).clamp(true);
